using System.Xml.Linq;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Feeds;

/// <summary>/sitemap.xml by the rules of sitemaps.org, with the language versions search engines document.</summary>
public sealed class SitemapTests : IDisposable
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task<XDocument> Sitemap(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task It_lists_every_published_post_in_every_language_with_its_alternates()
    {
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        _factory.Posts.Write("2025-01-01-solo.md", Samples.SingleLanguagePost("Solo & <Co>", "2025-01-01", extra: "keywords: tools"));
        _factory.Posts.Write("draft.md", Samples.SingleLanguagePost("Draft", "2025-01-01", extra: "draft: true"));
        _factory.Posts.Write("future.md", Samples.SingleLanguagePost("Future", "2999-01-01"));
        using var client = _factory.Client();

        var sitemap = await Sitemap(client);

        Assert.Equal(Ns + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Ns + "url").ToList();
        Assert.InRange(urls.Count, 1, 50_000);
        var locations = urls.Select(u => u.Element(Ns + "loc")!.Value).ToList();
        Assert.All(locations, loc => Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var uri) && uri.Scheme == "https", $"{loc} is not absolute"));
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.Contains(BlogFactory.BaseUrl + "/en/posts/queues", locations);
        Assert.Contains(BlogFactory.BaseUrl + "/vi/posts/queues", locations);
        Assert.Contains(BlogFactory.BaseUrl + "/en/posts/solo", locations);
        Assert.Contains(BlogFactory.BaseUrl + "/en", locations);
        Assert.Contains(BlogFactory.BaseUrl + "/en/tags/tools", locations);
        Assert.DoesNotContain(locations, l => l.Contains("draft", StringComparison.Ordinal) || l.Contains("future", StringComparison.Ordinal));
        Assert.All(urls, u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", u.Element(Ns + "lastmod")!.Value));

        var vietnamese = urls.Single(u => u.Element(Ns + "loc")!.Value == BlogFactory.BaseUrl + "/vi/posts/queues");
        Assert.Equal(
            [("en", BlogFactory.BaseUrl + "/en/posts/queues"), ("vi", BlogFactory.BaseUrl + "/vi/posts/queues"), ("x-default", BlogFactory.BaseUrl + "/posts/queues")],
            vietnamese.Elements(Xhtml + "link").Select(l => ((string)l.Attribute("hreflang")!, (string)l.Attribute("href")!)));
        Assert.All(vietnamese.Elements(Xhtml + "link"), l => Assert.Equal("alternate", (string)l.Attribute("rel")!));
    }

    [Fact]
    public async Task Robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_configured_paths()
    {
        _factory.With("Blog:RobotsDisallow:0", "/private");
        using var client = _factory.Client();

        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);

        var lines = robots.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /private", lines);
        Assert.Contains($"Sitemap: {BlogFactory.BaseUrl}/sitemap.xml", lines);
    }

    [Fact]
    public async Task Tag_and_list_pages_name_their_other_languages_and_unicode_addresses_are_escaped()
    {
        _factory.Posts.Write("a.md", "---\ntitle: A\nlang: en\nkeywords: \"日本語, go\"\ntranslations:\n  vi:\n    keywords: go\n---\n## English\nA.\n\n## Tiếng Việt\nA.\n");
        using var client = _factory.Client();

        var urls = (await Sitemap(client)).Root!.Elements(Ns + "url").ToList();
        string Loc(XElement u) => u.Element(Ns + "loc")!.Value;

        Assert.Contains(urls, u => Loc(u) == BlogFactory.BaseUrl + "/en/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E");
        Assert.DoesNotContain(urls, u => Loc(u).Contains('日', StringComparison.Ordinal));
        var go = urls.Single(u => Loc(u) == BlogFactory.BaseUrl + "/en/tags/go");
        Assert.Equal(["en", "vi", "x-default"], go.Elements(Xhtml + "link").Select(l => (string)l.Attribute("hreflang")!));
        Assert.Contains(urls, u => Loc(u) == BlogFactory.BaseUrl + "/vi/archive");
        Assert.Contains(urls, u => Loc(u) == BlogFactory.BaseUrl + "/en/tags");
    }

    [Fact]
    public void The_sitemap_stops_at_the_protocols_fifty_thousand_addresses()
    {
        var posts = Enumerable.Range(0, 25_010).Select(i => new Blog.Content.Posts.Post(
            $"p{i}.md", "en", null, null, false, null, null, new Blog.Content.Posts.PostMeta(null, null, null),
            [Version("en", i), Version("vi", i)])).ToList();
        var catalog = new Blog.Content.Catalog.PostCatalog(posts, [], DateTimeOffset.UtcNow);

        var sitemap = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Blog.Feeds.SitemapBuilder.Build(catalog, ["en", "vi"], BlogFactory.BaseUrl).Content));

        Assert.Equal(Blog.Feeds.SitemapBuilder.MaxUrls, sitemap.Root!.Elements(Ns + "url").Count());
    }

    private static Blog.Content.Posts.PostTranslation Version(string language, int i) => new()
    {
        Language = language,
        Tag = language,
        Slug = $"p{i}",
        SourceFile = $"p{i}.md",
        Title = $"P{i}",
        TitleTag = language,
        Html = "<p>x</p>",
    };
}
