using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Localization;

/// <summary>The site's own words, dates and metadata come in the language of the page.</summary>
public sealed class LocalizedPagesTests : IClassFixture<SharedBlog>, IDisposable
{
    private const string Post = """
        ---
        title: "Message Queues"
        subtitle: "Why services talk through a queue."
        date: "2025-07-29"
        description-meta: "About queues."
        keywords: "queues, messaging"
        lang: en
        translations:
          vi:
            title: "Hàng đợi tin nhắn"
            subtitle: "Vì sao các dịch vụ nói chuyện qua hàng đợi."
            description-meta: "Về hàng đợi."
            keywords: "hàng đợi, nhắn tin"
            slug: "hang-doi"
        ---

        ## English
        ### One
        ### Two

        ## Tiếng Việt
        ### Một
        ### Hai
        """;

    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public LocalizedPagesTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("2025-07-29-queues.md", Post);
        });
        _client = _factory.Client();
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task The_vietnamese_home_page_speaks_vietnamese()
    {
        var page = await _client.GetOkPage("/vi");

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Bài viết", page.QuerySelector(".site-header nav a")!.TextContent);
        var item = page.QuerySelector(".post-summary")!;
        Assert.Equal("Hàng đợi tin nhắn", item.QuerySelector("h2")!.TextContent);
        Assert.Equal("/vi/posts/hang-doi", item.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("29 tháng 7, 2025", item.QuerySelector("time")!.TextContent);
        Assert.Equal("1 phút đọc", item.QuerySelector(".reading-time")!.TextContent);
        Assert.Equal(["hàng đợi", "nhắn tin"], item.QuerySelectorAll(".tags a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task The_english_home_page_speaks_english()
    {
        var page = await _client.GetOkPage("/en");

        Assert.Equal("Posts", page.QuerySelector(".site-header nav a")!.TextContent);
        Assert.Equal("29 July 2025", page.QuerySelector(".post-summary time")!.TextContent);
        Assert.Equal("1 min read", page.QuerySelector(".post-summary .reading-time")!.TextContent);
    }

    [Fact]
    public async Task The_home_pages_link_to_each_other_by_language_name()
    {
        var page = await _client.GetOkPage("/en");

        var links = page.QuerySelectorAll(".site-header .language-toggle a");
        Assert.Equal([("English", "/en"), ("Tiếng Việt", "/vi")], links.Select(a => (a.TextContent, a.GetAttribute("href"))));
        Assert.Equal("page", links[0].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task A_post_page_uses_each_languages_own_values_in_its_head()
    {
        var page = await _client.GetOkPage("/vi/posts/hang-doi");

        Assert.Equal("Hàng đợi tin nhắn", page.Title);
        Assert.Equal("Về hàng đợi.", page.Meta("description"));
        Assert.Equal("hàng đợi, nhắn tin", page.Meta("keywords"));
        Assert.Equal("Mục lục", page.QuerySelector("nav#TOC h2")!.TextContent);
        var shown = page.QuerySelector(".post-version:not([hidden])")!;
        Assert.Null(shown.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("29 tháng 7, 2025", shown.QuerySelector("time")!.TextContent);
        Assert.Equal("Ngôn ngữ", page.QuerySelector(".language-toggle")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task The_hidden_version_carries_its_own_words_for_the_toggle()
    {
        var page = await _client.GetOkPage("/en/posts/queues");

        var hidden = page.QuerySelector(".post-version[hidden]")!;
        Assert.Equal("vi", hidden.GetAttribute("lang"));
        Assert.Equal("Hàng đợi tin nhắn", hidden.GetAttribute("data-title"));
        Assert.Equal("Về hàng đợi.", hidden.GetAttribute("data-description"));
        Assert.Equal("/vi/posts/hang-doi", hidden.GetAttribute("data-url"));
        Assert.Equal("1 phút đọc", hidden.QuerySelector(".reading-time")!.TextContent);
    }

    [Fact]
    public async Task The_tag_pages_of_each_language_list_by_that_languages_keywords()
    {
        var vietnamese = await _client.GetOkPage("/vi/tags/hang-doi");
        Assert.Equal("Bài viết có thẻ “hàng đợi”", vietnamese.QuerySelector("h1")!.TextContent);

        var english = await _client.GetOkPage("/en/tags/queues");
        Assert.Equal("Posts tagged “queues”", english.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetPage("/en/tags/hang-doi")).Status);
    }

    [Fact]
    public async Task The_404_page_speaks_the_readers_language()
    {
        using var response = await _client.Send("/nothing/here", cookie: "lang=vi");
        var (_, page) = (response.StatusCode, await response.ReadPage());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_translation_file_is_served_as_the_posts_other_language()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("notes.md", "---\ntitle: Notes\nlang: en\n---\n\nText.\n");
        factory.Posts.Write("notes.vi.md", "---\ntitle: Ghi chép\n---\n\nChữ.\n");
        using var client = factory.Client();

        var page = await client.GetOkPage("/vi/posts/notes");

        Assert.Equal("Ghi chép", page.QuerySelector(".post-version:not([hidden]) h1")!.TextContent);
        Assert.Equal(["English", "Tiếng Việt"], page.QuerySelectorAll(".language-toggle a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_language_without_a_resource_file_gets_the_sites_words_in_english()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("2025-07-29-bonjour.md", "---\ntitle: Bonjour\ndate: 2025-07-29\nlang: fr\n---\n\n## Un\n## Deux\n");
        using var client = factory.Client();

        var page = await client.GetOkPage("/fr/posts/bonjour");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Contents", page.QuerySelector("nav#TOC h2")!.TextContent);
        Assert.Equal("29 juillet 2025", page.QuerySelector(".post-version time")!.TextContent);
    }

    [Fact]
    public async Task A_missing_page_under_a_language_speaks_that_language()
    {
        using var response = await _client.Send("/vi/posts/gone", cookie: "lang=en");
        var page = await response.ReadPage();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Home_and_tag_pages_name_their_other_languages_for_search_engines()
    {
        var home = await _client.GetOkPage("/en");
        Assert.Equal(
            [("en", BlogFactory.BaseUrl + "/en"), ("vi", BlogFactory.BaseUrl + "/vi"), ("x-default", BlogFactory.BaseUrl + "/")],
            home.Head!.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))));
        Assert.Equal(["vi_VN"], home.Head.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));

        using var factory = new BlogFactory();
        factory.Posts.Write("a.md", "---\ntitle: A\nkeywords: go\nlang: en\ntranslations:\n  vi:\n    keywords: go\n---\n## English\nA.\n\n## Tiếng Việt\nA.\n");
        using var client = factory.Client();
        var tag = await client.GetOkPage("/vi/tags/go");
        Assert.Equal(
            ["en", "vi", "x-default"],
            tag.Head!.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
    }

    [Fact]
    public async Task The_marker_of_another_language_names_it_in_its_own_language()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("viet.md", "---\ntitle: Bài\nlang: vi\nkeywords: ghi chép\n---\nChữ.\n");
        using var client = factory.Client();

        var item = (await client.GetOkPage("/en")).QuerySelector(".post-summary")!;

        Assert.Equal("In Tiếng Việt", item.QuerySelector(".language-marker")!.TextContent);
        Assert.Equal("vi", item.QuerySelector(".language-marker [lang]")!.GetAttribute("lang"));
        Assert.Null(item.QuerySelector("ul.tags")!.GetAttribute("lang"));
        Assert.Equal("vi", item.QuerySelector("ul.tags li")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_language_the_sites_words_are_translated_into_has_a_home_page_even_without_posts_in_it()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("only-english.md", "---\ntitle: Only English\nlang: en\n---\nText.\n");
        using var client = factory.Client();

        var page = await client.GetOkPage("/vi");

        Assert.Equal("Bài viết", page.QuerySelector(".site-header nav a")!.TextContent);
        Assert.Equal("Only English", page.QuerySelector(".post-summary h2")!.TextContent);
    }
}
