using System.Net;
using System.Xml.Linq;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Migration;

/// <summary>Pages with short names, the menu as configured, and a page's sitemap entry without any date.</summary>
public sealed class PageAddressTests : IDisposable
{
    private readonly TempPostsFolder _site = new();
    private readonly BlogFactory _factory;

    public PageAddressTests()
    {
        _site.Write("posts/a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        _site.Write("pages/cv.md", "---\ntitle: CV\n---\n## English\n\nWork.\n\n## Tiếng Việt\n\nViệc.\n");
        _factory = new BlogFactory().With("Blog:PostsPath", Path.Combine(_site.Path, "posts"));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task A_page_named_like_a_language_code_answers_its_old_folder_address_through_its_address_without_a_language()
    {
        using var client = _factory.Client();

        var page = await client.GetOkPage("/cv/");

        // Spelling first (/cv/ → /cv, as for every page of the site), then the reader's language.
        Assert.Equal("CV", page.QuerySelector(".post-version:not([hidden]) h1.title")!.TextContent);
    }

    [Theory]
    [InlineData("/cv.html", "/en/cv")]
    [InlineData("/cv/index.html", "/en/cv")]
    [InlineData("/en/posts", "/en/archive")]
    public async Task A_page_named_like_a_language_code_keeps_its_old_links(string old, string target)
    {
        using var client = _factory.Client(followRedirects: false);

        using var response = await client.GetAsync(new Uri(old, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_page_named_like_a_language_code_is_found_without_a_language()
    {
        using var client = _factory.Client(followRedirects: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cv");
        request.Headers.AcceptLanguage.ParseAdd("vi");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/vi/cv", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_page_without_any_date_has_no_lastmod_rather_than_1970()
    {
        using var client = _factory.Client();
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));

        var cv = sitemap.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value.EndsWith("/en/cv", StringComparison.Ordinal));

        Assert.Null(cv.Element(ns + "lastmod"));
    }

    [Fact]
    public async Task The_configured_menu_is_shown_whatever_the_case_of_its_language_key()
    {
        _factory.With("Blog:Menu:EN:0:Text", "Curriculum").With("Blog:Menu:EN:0:Url", "/en/cv");
        using var client = _factory.Client();

        var home = await client.GetOkPage("/en");

        Assert.Equal([("Curriculum", "/en/cv")], home.QuerySelectorAll(".site-menu a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList());
    }
}
