using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages;

/// <summary>Search in the reader's language, with or without diacritics, as a plain form and page.</summary>
public sealed class SearchPageTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public SearchPageTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("2025-07-01-phan-tan.md", """
                ---
                title: "Distributed systems"
                keywords: "architecture"
                lang: en
                translations:
                  vi:
                    title: "Hệ thống phân tán"
                    keywords: "kiến trúc"
                ---

                ## English
                Machines that agree across Da Nang and Hanoi.

                ## Tiếng Việt
                Các máy đồng thuận giữa Đà Nẵng và Hà Nội.
                """);
            factory.Posts.Write("2025-06-01-caching.md", Samples.SingleLanguagePost("Caching", "2025-06-01", extra: "keywords: performance"));
        });
        _client = _factory.Client();
    }

    public void Dispose() => _client.Dispose();

    private async Task<IReadOnlyList<string>> Titles(string url) =>
        (await _client.GetOkPage(url)).QuerySelectorAll(".post-summary h2").Select(h => h.TextContent).ToList();

    [Theory]
    [InlineData("he thong")]
    [InlineData("hệ thống")]
    [InlineData("HE THONG phan")]
    [InlineData("da nang")]
    [InlineData("đà")]
    [InlineData("kien truc")]
    public async Task Vietnamese_matches_with_or_without_diacritics(string query) =>
        Assert.Equal(["Hệ thống phân tán"], await Titles("/vi/search?q=" + Uri.EscapeDataString(query)));

    [Fact]
    public async Task Results_that_change_with_the_theme_cookie_say_so_to_shared_caches()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/en/search?q=distrib", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Cookie", "theme=dark");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cookie", response.Headers.Vary);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.NotNull(response.Headers.CacheControl);
        Assert.True(response.Headers.CacheControl!.MustRevalidate || response.Headers.CacheControl.Private || response.Headers.CacheControl.NoStore);
    }

    [Fact]
    public async Task The_english_search_looks_at_the_english_text()
    {
        Assert.Equal(["Distributed systems"], await Titles("/en/search?q=distrib"));
        Assert.Equal(["Caching"], await Titles("/en/search?q=performance"));
        Assert.Empty(await Titles("/en/search?q=phan+tan"));
    }

    [Fact]
    public async Task Every_word_must_match()
    {
        Assert.Empty(await Titles("/en/search?q=caching+distributed"));
    }

    [Fact]
    public async Task No_match_says_so_in_the_readers_language()
    {
        var page = await _client.GetOkPage("/vi/search?q=zzz");

        Assert.Equal("Kết quả cho “zzz”", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Không có bài viết nào khớp với “zzz”.", page.QuerySelector(".empty-state")!.TextContent);
    }

    [Fact]
    public async Task The_search_form_is_a_plain_get_form_on_every_page()
    {
        var page = await _client.GetOkPage("/en");

        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/en/search", form.GetAttribute("action"));
        Assert.Equal("q", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
        Assert.NotNull(page.QuerySelector($"label[for='{form.QuerySelector("input")!.Id}']"));
    }

    [Fact]
    public async Task The_address_without_a_language_keeps_the_query()
    {
        using var client = _factory.Client(followRedirects: false);

        using var response = await client.Send("/search?q=he+thong", acceptLanguage: "vi");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/vi/search?q=he+thong", response.Headers.Location!.OriginalString);
    }
}
