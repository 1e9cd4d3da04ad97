using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Migration;

/// <summary>
/// An address, once given, stays: a new file with a name already published is published beside it at
/// a qualified address, and the posts already there keep theirs, while the site runs.
/// </summary>
public sealed class StableAddressTests : IDisposable
{
    private readonly TempPostsFolder _site = new();
    private readonly PandocBlogManifest _blog;
    private readonly BlogFactory _factory;

    public StableAddressTests()
    {
        _blog = PandocBlog.Write(_site.Path, posts: 60);
        _factory = new BlogFactory().With("Blog:PostsPath", _blog.PostsFolder).With("Blog:ReloadDelay", "00:00:00.05");
    }

    public void Dispose()
    {
        _factory.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task A_new_post_with_a_published_name_gets_its_own_address_and_moves_none()
    {
        using var client = _factory.Client(followRedirects: false);
        var before = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in _blog.Posts)
        {
            before[post.RelativePath] = await Location(client, post.OldAddress);
        }

        // Same name as the first post, a later day, another section: a different post.
        var first = _blog.Posts[0];
        var added = $"productivity/2025/03/01/{first.Name}.md";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_blog.PostsFolder, added))!);
        File.WriteAllText(
            Path.Combine(_blog.PostsFolder, added),
            Samples.SingleLanguagePost("A later post with an old name", "2025-03-01"));

        await Eventually.True(
            async () => (await client.GetAsync(new Uri($"/posts/{added[..^3]}.html", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.MovedPermanently,
            "the new file is published");

        foreach (var post in _blog.Posts)
        {
            Assert.Equal(before[post.RelativePath], await Location(client, post.OldAddress));
        }

        var newAddress = await Location(client, $"/posts/{added[..^3]}.html");
        Assert.Equal($"/en/posts/2025/03/01/{first.Name}", newAddress);
        Assert.DoesNotContain(newAddress, before.Values);
        var page = await _factory.Client().GetOkPage(newAddress);
        Assert.Equal("A later post with an old name", page.QuerySelector(".post-version:not([hidden]) h1.title")!.TextContent);
        Assert.Contains(_factory.Logs.Messages(Serilog.Events.LogEventLevel.Information), m => m.Contains(added, StringComparison.Ordinal) && m.Contains(newAddress, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_post_that_had_a_qualified_address_keeps_answering_there_when_the_plain_one_frees_up()
    {
        using var client = _factory.Client(followRedirects: false);
        var name = _blog.RepeatedNames.Keys.First(n => _blog.Posts.Count(p => p.Name == n) == 2);
        var pair = _blog.Posts.Where(p => p.Name == name).OrderBy(p => p.Date).ToList();
        var qualified = await Location(client, pair[1].OldAddress);
        Assert.NotEqual($"/en/posts/{name}", qualified);

        File.Delete(_blog.FullPath(pair[0]));
        await Eventually.True(async () => await Location(client, pair[1].OldAddress) == $"/en/posts/{name}", "the later post takes the freed address");

        // Links that were shared to its qualified address still lead to it.
        Assert.Equal($"/en/posts/{name}", await Location(client, qualified));
    }

    private static async Task<string> Location(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
            ? response.Headers.Location!.OriginalString
            : $"{(int)response.StatusCode}";
    }
}
