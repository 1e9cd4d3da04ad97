using System.Net;
using System.Xml.Linq;
using Blog.Testing;
using Blog.Tests.Support;
using Serilog.Events;

namespace Blog.Tests.Hosting;

/// <summary>
/// Through the real file watcher, an edit, a new post in a nested folder, a rename, a deletion and a tag
/// change are each read file by file and patched into the catalog, and the site then served is the one a
/// fresh start on the same folder serves: every page of the sitemap, the feeds and the sitemap itself.
/// (A new folder is read whole, by design: what is in it was not named file by file.)
/// </summary>
public sealed class PatchedReloadTests : IDisposable
{
    private readonly BlogFactory _factory = new();
    private readonly HttpClient _client;

    public PatchedReloadTests()
    {
        _factory.With("Blog:ReloadDelay", "00:00:00.05");
        _factory.Posts.Write("2025-01-01-first.md", Post("First", "2025-01-01", "queues, go"));
        _factory.Posts.Write("2025-02-01-second.md", Samples.BilingualPost.Replace("2025-07-29", "2025-02-01", StringComparison.Ordinal));
        _factory.Posts.Write("notes/2025-03-01-deep.md", Post("Deep", "2025-03-01", "notes"));
        _factory.Posts.Write("notes/2025/2025-02-15-older.md", Post("Older", "2025-02-15", "notes"));
        _factory.Posts.Write("2025-04-01-gone.md", Post("Gone", "2025-04-01", "go"));
        _client = _factory.Client();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static string Post(string title, string date, string tags) =>
        $"---\ntitle: \"{title}\"\ndate: \"{date}\"\nlang: en\nkeywords: \"{tags}\"\n---\n\nSome text about {title}.\n";

    private async Task<bool> Shows(string url, string text)
    {
        var (status, page) = await _client.GetPage(url);
        return status == HttpStatusCode.OK && page.Body!.TextContent.Contains(text, StringComparison.Ordinal);
    }

    private async Task<bool> Missing(string url) => (await _client.GetPage(url)).Status == HttpStatusCode.NotFound;

    private IEnumerable<string> Reloads() =>
        _factory.Logs.Messages(LogEventLevel.Information).Where(m => m.StartsWith("Reloaded posts", StringComparison.Ordinal));

    [Fact]
    public async Task Edits_read_file_by_file_serve_the_site_a_fresh_start_serves()
    {
        await _client.GetOkPage("/en");
        await Eventually.True(
            () => Task.FromResult(_factory.Logs.Messages(LogEventLevel.Information).Any(m => m.StartsWith("Watching", StringComparison.Ordinal) && m.Contains("file system events", StringComparison.Ordinal))),
            "the watcher uses file events");

        _factory.Posts.Write("2025-01-01-first.md", Post("First, revised", "2025-01-01", "queues, go"));
        await Eventually.True(() => Shows("/en/posts/first", "First, revised"), "the edit is served");

        _factory.Posts.Write("notes/2025/2025-03-02-deeper.md", Post("Deeper", "2025-03-02", "notes, rust"));
        await Eventually.True(() => Shows("/en/posts/deeper", "Deeper"), "the new post in a nested folder is served");

        File.Move(Path.Combine(_factory.Posts.Path, "2025-02-01-second.md"), Path.Combine(_factory.Posts.Path, "2025-02-01-renamed.md"));
        await Eventually.True(() => Shows("/en/posts/renamed", "Understanding Message Queues"), "the renamed post is served");

        File.Delete(Path.Combine(_factory.Posts.Path, "2025-04-01-gone.md"));
        await Eventually.True(() => Missing("/en/posts/gone"), "the deleted post is gone");

        _factory.Posts.Write("notes/2025-03-01-deep.md", Post("Deep", "2025-03-01", "notes, rust"));
        await Eventually.True(() => Shows("/en/tags/rust", "Deep"), "the tag page lists the post that took the tag");

        // The first edit may meet the watcher's first pass, which reads the whole folder; the others are patched.
        Assert.True(
            Reloads().Count(m => m.EndsWith("(named files, catalog patched)", StringComparison.Ordinal)) >= 4,
            string.Join('\n', Reloads()));

        using var fresh = new BlogFactory().With("Blog:PostsPath", _factory.Posts.Path).With("Blog:WatchPosts", "false");
        using var freshClient = fresh.Client();
        var sitemap = XDocument.Parse(await freshClient.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        var pages = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).PathAndQuery).ToList();
        Assert.Contains("/en/posts/deeper", pages);
        foreach (var url in pages.Concat(["/sitemap.xml", "/feed.xml", "/en/feed.xml", "/en/search?q=text", "/en/posts/gone", "/en/posts/second"]))
        {
            Assert.Equal(await Answer(freshClient, url), await Answer(_client, url));
        }
    }

    private static async Task<string> Answer(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return $"{url} {(int)response.StatusCode} {response.Content.Headers.LastModified}\n{await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}";
    }
}
