using System.Net;
using AngleSharp.Dom;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages.Posts;

/// <summary>The seed-shaped bilingual post, as a reader of each language gets it.</summary>
public sealed class PostPageTests : IClassFixture<SharedBlog>, IDisposable
{
    private const string EnglishUrl = "/en/posts/understanding-message-queues";
    private const string VietnameseUrl = "/vi/posts/understanding-message-queues";

    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public PostPageTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("2025-07-29-understanding-message-queues.md", Samples.BilingualPost);
            factory.Posts.Write("2025-01-10-solo.md", Samples.SingleLanguagePost("Solo", "2025-01-10"));
            factory.Posts.Write("2025-02-01-chi-tieng-viet.md", Samples.SingleLanguagePost("Chỉ tiếng Việt", "2025-02-01", lang: "vi"));
        });
        _client = _factory.Client();
    }

    public void Dispose() => _client.Dispose();

    private static IElement Shown(IDocument page) => Assert.Single(page.QuerySelectorAll(".post-version:not([hidden])"));

    [Theory]
    [InlineData(EnglishUrl, "en")]
    [InlineData(VietnameseUrl, "vi")]
    public async Task Each_language_has_its_own_url_and_html_lang(string url, string lang)
    {
        var page = await _client.GetOkPage(url);

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(lang, Shown(page).GetAttribute("lang"));
    }

    [Fact]
    public async Task The_title_and_subtitle_are_shown_once()
    {
        var page = await _client.GetOkPage(EnglishUrl);

        var shown = Shown(page);
        var h1 = Assert.Single(shown.QuerySelectorAll("h1"));
        Assert.Equal("Understanding Message Queues", h1.TextContent);
        Assert.Single(shown.QuerySelectorAll("*"), e => e.Children.Length == 0 && e.TextContent == "Why services talk through a queue.");
    }

    [Fact]
    public async Task The_english_page_shows_only_english_text_and_hides_the_other_language()
    {
        var page = await _client.GetOkPage(EnglishUrl);

        var shown = Shown(page).QuerySelector(".post-body")!;
        Assert.Equal(["Producers", "Batching", "Consumers"], shown.QuerySelectorAll("h2, h3").Select(h => h.TextContent));
        Assert.DoesNotContain("Hàng đợi", shown.TextContent, StringComparison.Ordinal);
        Assert.Empty(shown.QuerySelectorAll("hr"));

        var hidden = Assert.Single(page.QuerySelectorAll(".post-version[hidden]"));
        Assert.Equal("vi", hidden.GetAttribute("lang"));
        Assert.Contains("Hàng đợi", hidden.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_vietnamese_page_shows_only_vietnamese_text()
    {
        var page = await _client.GetOkPage(VietnameseUrl);

        var shown = Shown(page).QuerySelector(".post-body")!;
        Assert.Equal(["Bên gửi", "Gửi theo lô", "Bên nhận"], shown.QuerySelectorAll("h2, h3").Select(h => h.TextContent));
        Assert.DoesNotContain("A queue lets", shown.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_id_appears_twice_in_a_page_holding_both_languages()
    {
        var page = await _client.GetOkPage(EnglishUrl);

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(
            page.QuerySelectorAll("nav.toc a[href^='#']"),
            a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public async Task The_toggle_leads_between_the_two_language_urls()
    {
        var english = await _client.GetOkPage(EnglishUrl);
        var links = english.QuerySelectorAll(".language-toggle a");
        Assert.Equal(["English", "Tiếng Việt"], links.Select(a => a.TextContent));
        var toVietnamese = links[1];
        Assert.Equal(VietnameseUrl, toVietnamese.GetAttribute("href"));
        Assert.Equal("vi", toVietnamese.GetAttribute("hreflang"));
        Assert.Equal("vi", toVietnamese.GetAttribute("lang"));
        Assert.Equal("page", links[0].GetAttribute("aria-current"));
        Assert.Null(toVietnamese.GetAttribute("aria-current"));

        var vietnamese = await _client.GetOkPage(toVietnamese.GetAttribute("href")!);
        var back = vietnamese.QuerySelectorAll(".language-toggle a");
        Assert.Equal(EnglishUrl, back[0].GetAttribute("href"));
        Assert.Equal("page", back[1].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task A_single_language_post_has_no_toggle_and_no_alternates()
    {
        var page = await _client.GetOkPage("/en/posts/solo");

        Assert.Null(page.QuerySelector(".language-toggle"));
        Assert.Empty(page.Head!.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Single(page.QuerySelectorAll(".post-version"));
    }

    [Fact]
    public async Task The_toc_is_nested_and_titled_in_the_page_language()
    {
        var english = await _client.GetOkPage(EnglishUrl);
        var toc = english.QuerySelector("nav#TOC")!;
        Assert.Same(Shown(english), toc.Closest(".post-version"));
        Assert.Equal("doc-toc", toc.GetAttribute("role"));
        Assert.Equal("Contents", toc.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Producers", "Consumers"], toc.QuerySelectorAll(":scope > ul > li > a").Select(a => a.TextContent));
        var nested = Assert.Single(toc.QuerySelectorAll(":scope > ul > li > ul > li > a"));
        Assert.Equal("Batching", nested.TextContent);
        Assert.NotNull(english.GetElementById(nested.GetAttribute("href")![1..]));

        var vietnamese = await _client.GetOkPage(VietnameseUrl);
        Assert.Equal("Mục lục", vietnamese.QuerySelector("nav#TOC h2")!.TextContent);
        Assert.Equal("vi", vietnamese.QuerySelector("nav#TOC")!.Closest(".post-version")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_head_carries_pandoc_meta_tags_with_absolute_urls()
    {
        var page = await _client.GetOkPage(EnglishUrl);

        Assert.Equal("notes.example – Understanding Message Queues", page.Title);
        Assert.Equal("notes.example - Understanding Message Queues - why services talk through a queue.", page.Meta("description"));
        Assert.Equal("queues, distributed systems, messaging", page.Meta("keywords"));
        Assert.Equal("Minh Nguyen", page.Meta("author"));
        Assert.Equal("2025-07-29", page.Meta("dcterms.date"));
        Assert.Equal(BlogFactory.BaseUrl + EnglishUrl, page.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Understanding Message Queues", page.Property("og:title"));
        Assert.Equal("article", page.Property("og:type"));
        Assert.Equal(BlogFactory.BaseUrl + EnglishUrl, page.Property("og:url"));
        Assert.Equal("en_US", page.Property("og:locale"));
        Assert.Equal(page.Meta("description"), page.Property("og:description"));
    }

    [Fact]
    public async Task Search_engines_see_every_language_and_the_address_that_picks_one()
    {
        var page = await _client.GetOkPage(VietnameseUrl);

        Assert.Equal(BlogFactory.BaseUrl + VietnameseUrl, page.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(
            [
                ("en", BlogFactory.BaseUrl + EnglishUrl),
                ("vi", BlogFactory.BaseUrl + VietnameseUrl),
                ("x-default", BlogFactory.BaseUrl + "/posts/understanding-message-queues"),
            ],
            page.Head.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))));
        Assert.Equal("vi_VN", page.Property("og:locale"));
        Assert.Equal(["en_US"], page.Head.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
    }

    [Fact]
    public async Task The_author_links_to_author_url_and_the_date_is_machine_readable()
    {
        var page = await _client.GetOkPage(EnglishUrl);

        var header = Shown(page).QuerySelector(".post-header")!;
        var author = header.QuerySelector("a.author")!;
        Assert.Equal("Minh", author.TextContent);
        Assert.Equal("https://example.org/minh", author.GetAttribute("href"));
        var time = header.QuerySelector("time")!;
        Assert.Equal("2025-07-29", time.GetAttribute("datetime"));
        Assert.Equal("29 July 2025", time.TextContent);
        Assert.Equal("1 min read", header.QuerySelector(".reading-time")!.TextContent);
    }

    [Fact]
    public async Task A_title_not_yet_translated_is_marked_with_its_own_language()
    {
        var page = await _client.GetOkPage(VietnameseUrl);

        var h1 = Shown(page).QuerySelector("h1")!;
        Assert.Equal("Understanding Message Queues", h1.TextContent);
        Assert.Equal("en", h1.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_post_not_written_in_the_language_asked_for_opens_in_its_own()
    {
        using var client = _factory.Client(followRedirects: false);

        foreach (var (url, target) in new[] { ("/en/posts/chi-tieng-viet", "/vi/posts/chi-tieng-viet"), ("/vi/posts/solo", "/en/posts/solo"), ("/fr/posts/solo", "/en/posts/solo") })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(target, response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task A_regional_lang_sets_the_page_language_and_locale()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("regional.md", "---\ntitle: Colour\nlang: en-GB\n---\nText.\n");

        using var client = factory.Client();
        var page = await client.GetOkPage("/en/posts/regional");

        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en_GB", page.Property("og:locale"));
    }

    [Theory]
    [InlineData("/en/posts/no-such-post")]
    [InlineData("/posts/no-such-post")]
    [InlineData("/en/posts/..%2F..%2Fappsettings.json")]
    public async Task Unknown_posts_are_a_real_404(string url)
    {
        var (status, page) = await _client.GetPage(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }
}
