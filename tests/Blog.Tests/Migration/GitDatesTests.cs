using System.Xml.Linq;
using Blog.Testing;
using Blog.Tests.Support;
using LibGit2Sharp;

namespace Blog.Tests.Migration;

/// <summary>
/// A posts folder that arrives by git clone has every file written at the moment of the copy: its
/// "last changed" dates come from the commits that changed each file, and without git from the post's
/// date, never from the copy. One definition, the same in the page head, structured data, feeds and sitemap.
/// </summary>
public sealed class GitDatesTests : IDisposable
{
    private static readonly DateTimeOffset Committed = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Edited = new(2025, 4, 2, 18, 0, 0, TimeSpan.Zero);

    private readonly TempPostsFolder _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Each_posts_last_change_is_its_last_commit_in_the_page_feed_and_sitemap()
    {
        _site.Write("posts/a/2025/01/01/first.md", Samples.SingleLanguagePost("First", "2025-01-01"));
        _site.Write("posts/a/2025/01/02/second.md", Samples.SingleLanguagePost("Second", "2025-01-02"));
        Commit(Committed, "posts/a/2025/01/01/first.md", "posts/a/2025/01/02/second.md");
        _site.Write("posts/a/2025/01/02/second.md", Samples.SingleLanguagePost("Second", "2025-01-02") + "\nA correction.\n");
        Commit(Edited, "posts/a/2025/01/02/second.md");

        using var factory = new BlogFactory().With("Blog:PostsPath", Path.Combine(_site.Path, "posts"));
        using var client = factory.Client();

        Assert.Equal(Committed, await PageModified(client, "/en/posts/first"));
        Assert.Equal(Edited, await PageModified(client, "/en/posts/second"));
        Assert.Equal(Edited, await JsonLdModified(client, "/en/posts/second"));
        var sitemap = await Sitemap(client);
        Assert.Equal(Committed, sitemap["/en/posts/first"]);
        Assert.Equal(Edited, sitemap["/en/posts/second"]);
        Assert.Equal(Edited, await AtomUpdated(client, "Second"));
    }

    [Fact]
    public async Task Without_git_a_post_last_changed_on_its_date_not_when_its_file_was_copied()
    {
        _site.Write("posts/a/2025/01/01/first.md", Samples.SingleLanguagePost("First", "2025-01-01"));
        _site.Write("posts/a/2025/01/02/updated.md", Samples.SingleLanguagePost("Updated", "2025-01-02", extra: "updated: 2025-02-03"));

        using var factory = new BlogFactory().With("Blog:PostsPath", Path.Combine(_site.Path, "posts"));
        using var client = factory.Client();

        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), await PageModified(client, "/en/posts/first"));
        Assert.Equal(new DateTimeOffset(2025, 2, 3, 0, 0, 0, TimeSpan.Zero), await PageModified(client, "/en/posts/updated"));
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), (await Sitemap(client))["/en/posts/first"]);
    }

    [Fact]
    public async Task The_file_time_counts_only_when_the_site_says_so()
    {
        var file = _site.Write("posts/first.md", Samples.SingleLanguagePost("First", "2025-01-01"));
        var written = new DateTimeOffset(2025, 5, 6, 7, 8, 9, TimeSpan.Zero);
        File.SetLastWriteTimeUtc(file, written.UtcDateTime);

        using var factory = new BlogFactory().With("Blog:PostsPath", Path.Combine(_site.Path, "posts")).With("Blog:ModifiedFromFileTime", "true");
        using var client = factory.Client();

        Assert.Equal(written, await PageModified(client, "/en/posts/first"));
    }

    private void Commit(DateTimeOffset when, params string[] files)
    {
        if (!Repository.IsValid(_site.Path))
        {
            Repository.Init(_site.Path);
        }

        using var repository = new Repository(_site.Path);
        Commands.Stage(repository, files);
        var signature = new Signature("Author", "author@example.org", when);
        repository.Commit($"Change at {when:O}", signature, signature);
    }

    private static async Task<DateTimeOffset> PageModified(HttpClient client, string url) =>
        DateTimeOffset.Parse((await client.GetOkPage(url)).Property("article:modified_time")!, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<DateTimeOffset> JsonLdModified(HttpClient client, string url)
    {
        var page = await client.GetOkPage(url);
        using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        return DateTimeOffset.Parse(json.RootElement.GetProperty("dateModified").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<Dictionary<string, DateTimeOffset>> Sitemap(HttpClient client)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        return sitemap.Descendants(ns + "url").ToDictionary(
            u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath,
            u => DateTimeOffset.Parse(u.Element(ns + "lastmod")!.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<DateTimeOffset> AtomUpdated(HttpClient client, string title)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/atom.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        var entry = feed.Descendants(atom + "entry").Single(e => e.Element(atom + "title")!.Value == title);
        return DateTimeOffset.Parse(entry.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
