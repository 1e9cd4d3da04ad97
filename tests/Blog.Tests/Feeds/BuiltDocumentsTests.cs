using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Tests.Feeds;

/// <summary>
/// Feed readers poll: once a feed or the sitemap is built and compressed for the current posts, a poll is
/// answered before routing, with exactly the response the endpoint gave, and a change to the posts is in
/// the next poll's answer.
/// </summary>
public sealed class BuiltDocumentsTests : IDisposable
{
    private const string Browser = "gzip, deflate, br, zstd";

    private readonly BlogFactory _factory = new() { Environment = "Production" };
    private readonly ConcurrentQueue<string> _routed = new();
    private readonly IDisposable _subscription;

    public BuiltDocumentsTests()
    {
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        _factory.Posts.Write("2025-06-01-bisect.md", Samples.SingleLanguagePost("Bisecting a regression", "2025-06-01"));

        // Each host has its own listener: what routing matched in this app, and nowhere else.
        _subscription = _factory.Services.GetRequiredService<DiagnosticListener>().Subscribe(new Matches(_routed));
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _factory.Dispose();
    }

    public static TheoryData<string, string?> Documents() => new()
    {
        { "/feed.xml", null },
        { "/feed.xml", "gzip" },
        { "/feed.xml", Browser },
        { "/atom.xml", Browser },
        { "/en/feed.xml", Browser },
        { "/vi/atom.xml", "gzip" },
        { "/sitemap.xml", Browser },
        { "/sitemap.xml", null },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_poll_after_the_first_is_answered_before_routing_with_the_same_response(string path, string? acceptEncoding)
    {
        using var client = _factory.Client();

        using var first = await Get(client, path, acceptEncoding);
        var routedForFirst = RoutedTo(path);
        using var second = await Get(client, path, acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, routedForFirst);
        Assert.Equal(routedForFirst, RoutedTo(path));
        Assert.Equal(HeadersOf(first), HeadersOf(second));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_poll_with_the_tag_it_has_gets_304_from_memory_with_the_tag_and_vary()
    {
        using var client = _factory.Client();
        using var first = await Get(client, "/feed.xml", Browser);

        using var poll = await Get(client, "/feed.xml", Browser, first.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.NotModified, poll.StatusCode);
        Assert.Equal(first.Headers.ETag, poll.Headers.ETag);
        Assert.Equal(["Accept-Encoding"], poll.Headers.Vary);
        Assert.Equal(first.Content.Headers.LastModified, poll.Content.Headers.LastModified);
        Assert.Empty(await poll.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, RoutedTo("/feed.xml"));
    }

    [Fact]
    public async Task A_new_post_is_in_the_next_poll_after_polls_answered_from_memory()
    {
        using var client = _factory.Client();
        using var first = await Get(client, "/feed.xml", Browser);
        using var second = await Get(client, "/feed.xml", Browser);
        Assert.Equal(1, RoutedTo("/feed.xml"));

        _factory.Posts.Write("2025-08-02-caches.md", Samples.SingleLanguagePost("Caches that tell the truth", "2025-08-02"));

        await Eventually.True(
            async () =>
            {
                using var poll = await Get(client, "/feed.xml", acceptEncoding: null, first.Headers.ETag!.ToString());
                return poll.StatusCode == HttpStatusCode.OK
                    && (await poll.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Contains("Caches that tell the truth", StringComparison.Ordinal);
            },
            "the poll shows the new post");
    }

    [Fact]
    public async Task A_language_the_site_does_not_have_is_still_not_found()
    {
        using var client = _factory.Client();
        using var english = await Get(client, "/en/feed.xml", Browser);

        using var unknown = await Get(client, "/xx/feed.xml", Browser);

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private int RoutedTo(string path) => _routed.Count(routed => routed == path);

    private static async Task<HttpResponseMessage> Get(HttpClient client, string path, string? acceptEncoding, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Every header but the date, which moves with the clock.</summary>
    private static string[] HeadersOf(HttpResponseMessage response) =>
        [.. response.Headers.Concat(response.Content.Headers)
            .Where(header => header.Key != "Date")
            .Select(header => $"{header.Key}: {string.Join(", ", header.Value)}")
            .Order(StringComparer.Ordinal)];

    private sealed class Matches(ConcurrentQueue<string> routed) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "Microsoft.AspNetCore.Routing.EndpointMatched" && value.Value is HttpContext context)
            {
                routed.Enqueue(context.Request.Path.Value ?? string.Empty);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
