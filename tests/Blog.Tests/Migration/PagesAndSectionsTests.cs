using System.Net;
using System.Xml.Linq;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Migration;

/// <summary>
/// The migrated blog's resume is a page of its own (both languages, its old addresses, the menu, the
/// sitemap, never a post), and its first-level folders are sections with lists of exactly their posts.
/// </summary>
public sealed class PagesAndSectionsTests(MigratedBlog blog) : IClassFixture<MigratedBlog>
{
    [Theory]
    [InlineData("en", "Resume")]
    [InlineData("vi", "Sơ yếu lý lịch")]
    public async Task The_resume_is_a_page_in_each_language(string language, string title)
    {
        using var client = blog.Factory.Client();

        var page = await client.GetOkPage($"/{language}/resume");

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector(".post-version:not([hidden]) h1.title")!.TextContent);
        Assert.Null(page.QuerySelector(".post-version:not([hidden]) .post-meta"));
        Assert.Null(page.QuerySelector(".post-neighbours"));
        Assert.Equal("website", page.Property("og:type"));
    }

    [Fact]
    public async Task The_resume_without_a_language_goes_to_the_readers_language()
    {
        using var client = blog.Factory.Client(followRedirects: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/resume");
        request.Headers.AcceptLanguage.ParseAdd("vi");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/vi/resume", response.Headers.Location!.OriginalString);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/resume/")]
    [InlineData("/resume.html")]
    [InlineData("/resume/index.html")]
    public async Task The_resumes_old_addresses_are_moved_for_good(string old)
    {
        using var client = blog.Factory.Client(followRedirects: false);

        using var response = await client.GetAsync(new Uri(old, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/resume", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_header_links_the_resume_in_the_pages_language_and_no_list_feed_or_search_shows_it()
    {
        using var client = blog.Factory.Client();

        var home = await client.GetOkPage("/vi");
        var menu = home.QuerySelectorAll(".site-menu a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Sơ yếu lý lịch", "/vi/resume")], menu);

        var archive = await client.GetOkPage("/en/archive");
        Assert.DoesNotContain(archive.QuerySelectorAll(".post-summary h2 a"), a => a.TextContent == "Resume");
        var feed = await client.GetStringAsync(new Uri("/en/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(XDocument.Parse(feed).Descendants("link"), l => l.Value.EndsWith("/resume", StringComparison.Ordinal));
        var search = await client.GetOkPage("/en/search?q=resume");
        Assert.DoesNotContain(search.QuerySelectorAll(".post-summary h2 a"), a => a.GetAttribute("href") == "/en/resume");
    }

    [Fact]
    public async Task The_sitemap_lists_the_resume_and_every_section_in_each_language()
    {
        using var client = blog.Factory.Client();
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("/en/resume", locations);
        Assert.Contains("/vi/resume", locations);
        foreach (var section in PandocBlog.Sections)
        {
            Assert.Contains($"/en/sections/{section}", locations);
            Assert.Contains($"/vi/sections/{section}", locations);
        }
    }

    [Theory]
    [InlineData("continuous-learning")]
    [InlineData("productivity")]
    [InlineData("worklife-balance")]
    public async Task A_section_lists_exactly_its_posts_newest_first_over_its_pages(string section)
    {
        using var client = blog.Factory.Client();
        var listed = new List<string>();
        string? next = $"/en/sections/{section}";
        while (next is not null)
        {
            var page = await client.GetOkPage(next);
            listed.AddRange(page.QuerySelectorAll(".post-summary h2 a").Select(a => a.TextContent));
            next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        var expected = blog.Manifest.Posts.Where(p => p.Section == section).OrderByDescending(p => p.Date).Select(p => p.ShownEnglishTitle).ToList();
        Assert.Equal(expected, listed);
    }

    [Theory]
    [InlineData("en", "Productivity")]
    [InlineData("vi", "Năng suất")]
    public async Task A_sections_index_gives_its_list_a_title_and_opening_text_in_each_language(string language, string title)
    {
        using var client = blog.Factory.Client();

        var page = await client.GetOkPage($"/{language}/sections/productivity");

        Assert.Equal(title, page.QuerySelector("h1.page-title")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(".list-intro")?.TextContent));
        Assert.Contains(page.Head!.QuerySelectorAll("link[rel=alternate][type='application/rss+xml']"), l => l.GetAttribute("href")!.EndsWith($"/{language}/sections/productivity/feed.xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_section_without_an_index_is_named_after_its_folder()
    {
        using var client = blog.Factory.Client();

        var page = await client.GetOkPage("/en/sections/continuous-learning");

        Assert.Equal("Continuous learning", page.QuerySelector("h1.page-title")!.TextContent);
    }

    [Fact]
    public async Task A_sections_feed_holds_only_its_posts()
    {
        using var client = blog.Factory.Client();
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/en/sections/worklife-balance/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken));
        var titles = feed.Descendants("item").Select(i => i.Element("title")!.Value).ToList();

        var expected = blog.Manifest.Posts.Where(p => p.Section == "worklife-balance").OrderByDescending(p => p.Date).Take(titles.Count).Select(p => p.ShownEnglishTitle);
        Assert.NotEmpty(titles);
        Assert.Equal(expected, titles);
    }

    [Fact]
    public async Task A_post_links_to_its_section_in_its_breadcrumb()
    {
        using var client = blog.Factory.Client();
        var post = blog.Manifest.Posts.First(p => p.Section == "productivity");
        var page = await client.GetOkPage(post.OldAddress);

        var crumbs = page.QuerySelectorAll(".post-version:not([hidden]) nav.breadcrumb a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Equal([("Home", "/en"), ("Productivity", "/en/sections/productivity")], crumbs);
    }
}
