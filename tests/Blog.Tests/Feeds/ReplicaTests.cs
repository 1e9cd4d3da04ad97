using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Blog.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Tests.Feeds;

/// <summary>
/// Two replicas behind one address, over one posts folder, started days apart: a reader's cache must
/// not care which of them answers. Feeds and the sitemap say only what follows from the posts.
/// </summary>
public sealed class ReplicaTests(ReplicaTests.Replicas replicas) : IClassFixture<ReplicaTests.Replicas>
{
    private static readonly DateTimeOffset NewestPost = new(2025, 7, 29, 0, 0, 0, TimeSpan.Zero);

    private readonly BlogFactory _first = replicas.First;
    private readonly BlogFactory _second = replicas.Second;

    public static TheoryData<string> Documents() =>
    [
        "/feed.xml", "/atom.xml", "/sitemap.xml",
        "/en/feed.xml", "/en/atom.xml", "/vi/feed.xml", "/vi/atom.xml",
        "/en/sections/notes/feed.xml", "/vi/sections/notes/atom.xml",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Replicas_started_apart_answer_the_same_bytes_and_validators(string url)
    {
        using var firstClient = _first.CreateClient();
        using var secondClient = _second.CreateClient();

        using var one = await Get(firstClient, url);
        using var other = await Get(secondClient, url);

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(
            await one.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken),
            await other.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.NotNull(one.Headers.ETag);
        Assert.Equal(one.Headers.ETag, other.Headers.ETag);
        Assert.Equal(one.Content.Headers.LastModified, other.Content.Headers.LastModified);

        // A reader that got its copy from one replica revalidates against the other.
        using var byTag = await Get(secondClient, url, request => request.Headers.IfNoneMatch.Add(one.Headers.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        using var byDate = await Get(firstClient, url, request => request.Headers.IfModifiedSince = other.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    public async Task A_feed_is_as_new_as_its_newest_post_not_as_its_loading(string url)
    {
        using var client = _second.CreateClient();
        using var response = await Get(client, url);
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        using var reader = XmlReader.Create(stream);

        var feed = SyndicationFeed.Load(reader);

        Assert.Equal(NewestPost, feed.LastUpdatedTime);
        Assert.Equal(NewestPost, response.Content.Headers.LastModified);
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string url, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        configure?.Invoke(request);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>The two replicas for the whole class: its tests only read, and none changes a file or a clock.</summary>
    public sealed class Replicas : IDisposable
    {
        public Replicas()
        {
            First = new BlogFactory { ConfigureTestServices = services => services.AddSingleton<TimeProvider>(new ShiftedClock(TimeSpan.Zero)) };
            First.Posts.Write("notes/2025-07-29-queues.md", Samples.BilingualPost);
            First.Posts.Write("2025-06-01-solo.md", Samples.SingleLanguagePost("Solo", "2025-06-01", extra: "keywords: tools"));
            First.Posts.Write("2025-05-01-bai.md", Samples.SingleLanguagePost("Bài viết", "2025-05-01", lang: "vi"));
            Second = new BlogFactory { ConfigureTestServices = services => services.AddSingleton<TimeProvider>(new ShiftedClock(TimeSpan.FromDays(3))) }
                .With("Blog:PostsPath", First.Posts.Path);
        }

        internal BlogFactory First { get; }

        internal BlogFactory Second { get; }

        public void Dispose()
        {
            Second.Dispose();
            First.Dispose();
        }
    }

    /// <summary>The real clock moved by a fixed amount: a replica that started that much later.</summary>
    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
