using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Routing;

/// <summary>Addresses without a language serve or send each reader to theirs.</summary>
public sealed class LanguageRedirectTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public LanguageRedirectTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
            factory.Posts.Write("2025-01-01-english-only.md", Samples.SingleLanguagePost("English only", "2025-01-01", extra: "keywords: tools"));
        });
        _client = _factory.Client(followRedirects: false);
    }

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData(null, null, "/en")]
    [InlineData("vi-VN,vi;q=0.9,en;q=0.5", null, "/vi")]
    [InlineData("fr,de;q=0.8", null, "/en")]
    [InlineData("vi", "lang=en", "/en")]
    [InlineData("en", "lang=vi", "/vi")]
    [InlineData("en;q=0.2,vi;q=0.8", null, "/vi")]
    public async Task The_home_address_follows_the_choice_then_the_browser_then_the_default(string? acceptLanguage, string? cookie, string home)
    {
        using var response = await _client.Send("/", acceptLanguage, cookie);
        var page = await response.ReadPage();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(home[1..], page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(BlogFactory.BaseUrl + home, page.Head!.QuerySelector($"link[rel=alternate][hreflang={home[1..]}]")!.GetAttribute("href"));
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/", "vi")]
    [InlineData("/en", null)]
    [InlineData("/vi", "en")]
    public async Task Each_home_page_is_its_own_canonical_and_the_language_default_is_the_one_without_a_language(string url, string? acceptLanguage)
    {
        using var response = await _client.Send(url, acceptLanguage);
        var page = await response.ReadPage();

        // A canonical naming another page of the hreflang set tells search engines two opposite things.
        var canonical = page.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        var alternates = page.Head.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        Assert.Equal(BlogFactory.BaseUrl + "/", alternates["x-default"]);
        Assert.Equal(BlogFactory.BaseUrl + "/en", alternates["en"]);
        Assert.Equal(BlogFactory.BaseUrl + "/vi", alternates["vi"]);
        Assert.Equal(BlogFactory.BaseUrl + url, canonical);
        Assert.Equal(canonical, page.Head.QuerySelector("meta[property='og:url']")?.GetAttribute("content") ?? canonical);
    }

    [Theory]
    [InlineData("/posts/queues", "vi", null, "/vi/posts/queues")]
    [InlineData("/posts/queues", null, null, "/en/posts/queues")]
    [InlineData("/posts/queues", "en", "lang=vi", "/vi/posts/queues")]
    [InlineData("/posts/english-only", "vi", "lang=vi", "/en/posts/english-only")]
    [InlineData("/tags/queues", "vi", null, "/vi/tags/queues")]
    [InlineData("/tags/tools", "vi", null, "/vi/tags/tools")]
    public async Task A_post_or_tag_address_opens_in_the_readers_language_where_it_exists(string url, string? acceptLanguage, string? cookie, string target) =>
        Assert.Equal(target, await _client.RedirectTarget(url, acceptLanguage, cookie));

    [Fact]
    public async Task Links_with_a_language_always_open_in_it()
    {
        using var response = await _client.Send("/en/posts/queues", acceptLanguage: "vi", cookie: "lang=vi");
        var page = await response.ReadPage();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Answers_that_depend_on_the_reader_say_so_to_caches()
    {
        using var response = await _client.Send("/posts/queues", acceptLanguage: "vi");

        Assert.Contains("Cookie", response.Headers.Vary);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Unknown_posts_and_tags_without_a_language_are_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.Send("/posts/nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.Send("/tags/nothing")).StatusCode);
    }
}
