using System.Globalization;
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
        Assert.All(urls, u => Assert.True(DateTimeOffset.TryParse(u.Element(Ns + "lastmod")!.Value, CultureInfo.InvariantCulture, out _)));

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
}
