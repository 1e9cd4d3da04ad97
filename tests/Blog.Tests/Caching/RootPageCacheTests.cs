using System.Net;
using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Tests.Caching;

/// <summary>
/// The front door, <c>/</c>, is kept in memory once per language a reader can get there and per theme:
/// each reader still gets the page in their language (their choice, else their browser's), it says it
/// varies by exactly that, and a change of choice shows the other page at once.
/// </summary>
public sealed class RootPageCacheTests : IDisposable
{
    private readonly RenderCount _renders = new();
    private readonly BlogFactory _factory = new() { Environment = "Production" };

    public RootPageCacheTests()
    {
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        _factory.ConfigureTestServices = services => services.Configure<MvcOptions>(o => o.Filters.Add(_renders));
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<HttpResponseMessage> Get(HttpClient client, string? acceptLanguage = null, string? cookie = null, Action<HttpRequestMessage>? setUp = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        setUp?.Invoke(request);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<string> LanguageOf(HttpResponseMessage response) =>
        (await response.ReadPage()).DocumentElement.GetAttribute("lang")!;

    [Fact]
    public async Task Each_language_at_the_root_is_rendered_once_and_served_to_every_reader_of_it()
    {
        using var client = _factory.Client();
        foreach (var round in Enumerable.Range(0, 3))
        {
            using var english = await Get(client, "en-GB,en;q=0.9");
            using var vietnamese = await Get(client, "vi-VN,vi;q=0.9,en;q=0.5");
            using var noPreference = await Get(client);

            Assert.Equal("en", await LanguageOf(english));
            Assert.Equal("vi", await LanguageOf(vietnamese));
            Assert.Equal("en", await LanguageOf(noPreference));
            Assert.NotEqual(english.Headers.ETag, vietnamese.Headers.ETag);
            Assert.Equal(english.Headers.ETag, noPreference.Headers.ETag);
        }

        Assert.Equal(2, _renders.Of("/"));
    }

    [Fact]
    public async Task The_root_says_it_varies_by_the_readers_language_choice_and_coding_from_memory_too()
    {
        using var client = _factory.Client();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var response = await Get(client, "vi", setUp: r => r.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br, zstd"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["Accept-Encoding", "Accept-Language", "Cookie"], response.Headers.Vary.Order(StringComparer.Ordinal));
            Assert.True(response.Headers.CacheControl!.Private, "the root is one reader's page: no shared cache may hand it to another");
            // Gzip until the brotli body, made in the background, is there.
            Assert.Contains(response.Content.Headers.ContentEncoding.Single(), new[] { "br", "gzip" });
        }
    }

    [Fact]
    public async Task A_language_chosen_by_cookie_wins_over_the_browser_and_a_new_choice_shows_the_other_page()
    {
        using var client = _factory.Client();
        using var byBrowser = await Get(client, "en");
        using var chosenVietnamese = await Get(client, "en", "lang=vi");
        using var chosenAgain = await Get(client, "en", "lang=vi");
        using var backToEnglish = await Get(client, "vi", "lang=en");

        Assert.Equal("en", await LanguageOf(byBrowser));
        Assert.Equal("vi", await LanguageOf(chosenVietnamese));
        Assert.Equal("vi", await LanguageOf(chosenAgain));
        Assert.Equal("en", await LanguageOf(backToEnglish));
        Assert.Equal(byBrowser.Headers.ETag, backToEnglish.Headers.ETag);
        Assert.Equal(2, _renders.Of("/"));
    }

    [Fact]
    public async Task The_theme_and_the_language_are_kept_apart()
    {
        using var client = _factory.Client();
        using var darkVietnamese = await Get(client, "vi", "theme=dark");
        using var lightVietnamese = await Get(client, "vi");
        using var darkAgain = await Get(client, "vi", "theme=dark");

        Assert.Equal("vi", await LanguageOf(darkVietnamese));
        Assert.Equal("dark", (await darkAgain.ReadPage()).DocumentElement.GetAttribute("data-theme"));
        Assert.Equal(string.Empty, (await lightVietnamese.ReadPage()).DocumentElement.GetAttribute("data-theme"));
        Assert.NotEqual(darkVietnamese.Headers.ETag, lightVietnamese.Headers.ETag);
        Assert.Equal(darkVietnamese.Headers.ETag, darkAgain.Headers.ETag);
    }

    [Fact]
    public async Task A_browser_with_the_page_in_its_language_gets_304_and_one_with_another_language_gets_the_page()
    {
        using var client = _factory.Client();
        using var english = await Get(client, "en");

        using var again = await Get(client, "en", setUp: r => r.Headers.IfNoneMatch.Add(english.Headers.ETag!));
        using var switched = await Get(client, "en", "lang=vi", r => r.Headers.IfNoneMatch.Add(english.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Equal("vi", await LanguageOf(switched));
    }

    [Fact]
    public async Task Junk_language_headers_fall_back_to_the_default_without_new_pages()
    {
        using var client = _factory.Client();
        foreach (var i in Enumerable.Range(0, 20))
        {
            using var response = await Get(client, $"x-junk-{i};q=0.{i % 10}, zz");
            Assert.Equal("en", await LanguageOf(response));
        }

        Assert.Equal(1, _renders.Of("/"));
    }

    /// <summary>Counts the renders of each address, to tell a page rendered from one served from memory.</summary>
    private sealed class RenderCount : IResultFilter
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public int Of(string path) => _counts.GetValueOrDefault(path);

        public void OnResultExecuting(ResultExecutingContext context) =>
            _counts.AddOrUpdate(context.HttpContext.Request.Path.Value ?? string.Empty, 1, (_, n) => n + 1);

        public void OnResultExecuted(ResultExecutedContext context)
        {
        }
    }
}
