using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Tests.Caching;

/// <summary>
/// Pages served from memory once rendered: what a reader, a browser cache and a CDN see is the same as
/// a fresh render (same page, same headers), with entity tags, 304s and compressed bodies on top, and
/// nothing that differs by reader (theme, language choice) leaks from one reader to another.
/// </summary>
public sealed class PageCacheTests : IDisposable
{
    private const string PostUrl = "/en/posts/queues";

    private readonly BlogFactory _factory = new() { Environment = "Production" };

    public PageCacheTests()
    {
        _factory.With("Blog:ReloadDelay", "00:00:00.05");
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<HttpResponseMessage> Get(HttpClient client, string url, Action<HttpRequestMessage>? setUp = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(url, UriKind.Relative));
        setUp?.Invoke(request);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<string> Text(HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_page_asked_for_twice_is_the_same_page_with_the_same_strong_entity_tag()
    {
        using var client = _factory.Client();
        using var first = await Get(client, PostUrl);
        using var second = await Get(client, PostUrl);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        var page = await second.ReadPage();
        Assert.Equal("Understanding Message Queues", page.QuerySelector(".post-version:not([hidden]) h1")!.TextContent);
        Assert.Equal(await Text(first), page.Source.Text);
        Assert.Equal(Encoding.UTF8.GetByteCount(page.Source.Text), second.Content.Headers.ContentLength);
        Assert.Equal("text/html; charset=utf-8", second.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task A_browser_that_has_the_page_gets_304_with_no_body()
    {
        using var client = _factory.Client();
        using var first = await Get(client, PostUrl);

        using var again = await Get(client, PostUrl, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        // A weak form of the same tag matches too (If-None-Match compares weakly); another tag does not.
        using var weak = await Get(client, PostUrl, r => r.Headers.TryAddWithoutValidation("If-None-Match", "W/" + first.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        using var other = await Get(client, PostUrl, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"")));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip;q=1, br;q=0.5", "gzip")]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("*", "br")]
    [InlineData("identity", null)]
    public async Task Compressed_pages_are_the_same_page_in_the_coding_the_browser_prefers(string acceptEncoding, string? expected)
    {
        using var client = _factory.Client();
        using var plain = await Get(client, PostUrl);

        // Brotli is made in the background after the first reader asks for it; until then, gzip.
        HttpResponseMessage? coded = null;
        await Eventually.True(
            async () =>
            {
                coded?.Dispose();
                coded = await Get(client, PostUrl, r => r.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding));
                Assert.Equal(HttpStatusCode.OK, coded.StatusCode);
                var coding = coded.Content.Headers.ContentEncoding.SingleOrDefault();
                Assert.True(coding == expected || (expected == "br" && coding == "gzip"), $"{acceptEncoding} was answered in {coding ?? "identity"}");
                return coding == expected;
            },
            $"the page comes in {expected ?? "identity"}");
        using var response = coded!;
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal(await Text(plain), Decode(bytes, expected));
        if (expected is not null)
        {
            Assert.NotEqual(plain.Headers.ETag, response.Headers.ETag);
            Assert.True(bytes.Length < Encoding.UTF8.GetByteCount(await Text(plain)) / 2, $"{expected}: {bytes.Length} bytes");
        }
    }

    [Fact]
    public async Task Responses_say_what_they_vary_by_and_how_long_shared_caches_may_keep_them()
    {
        using var client = _factory.Client();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var response = await Get(client, PostUrl);
            Assert.Equal(["Accept-Encoding", "Cookie"], response.Headers.Vary.OrderBy(v => v, StringComparer.Ordinal));
            var cache = response.Headers.CacheControl!;
            Assert.True(cache.Public);
            Assert.Equal(TimeSpan.Zero, cache.MaxAge);
            Assert.Equal(TimeSpan.FromSeconds(60), cache.SharedMaxAge);
            Assert.True(cache.MustRevalidate);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Server"));
        }
    }

    [Fact]
    public async Task A_head_request_gets_the_headers_and_length_without_the_body()
    {
        using var client = _factory.Client();
        using var get = await Get(client, PostUrl);
        using var head = await Get(client, PostUrl, method: HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_chosen_theme_is_never_served_to_a_reader_who_did_not_choose_it()
    {
        using var client = _factory.Client();
        using var light = await Get(client, PostUrl);
        using var dark = await Get(client, PostUrl, r => r.Headers.Add("Cookie", "theme=dark"));
        using var lightAgain = await Get(client, PostUrl);
        using var darkAgain = await Get(client, PostUrl, r => r.Headers.Add("Cookie", "theme=dark"));

        Assert.Equal(string.Empty, await Theme(light));
        Assert.Equal("dark", await Theme(dark));
        Assert.Equal(string.Empty, await Theme(lightAgain));
        Assert.Equal("dark", await Theme(darkAgain));
        Assert.NotEqual(light.Headers.ETag, dark.Headers.ETag);
    }

    [Fact]
    public async Task A_reader_switching_language_is_remembered_on_a_page_already_served_to_others()
    {
        using var client = _factory.Client();
        using var warm = await Get(client, "/vi/posts/queues");
        Assert.Null(warm.LanguageCookie());

        using var switched = await Get(client, "/vi/posts/queues", r =>
        {
            r.Headers.Referrer = new Uri(BlogFactory.BaseUrl + PostUrl);
            r.Headers.Add("Sec-Fetch-Site", "same-origin");
        });

        Assert.Equal("vi", switched.LanguageCookie());
        Assert.True(switched.Headers.CacheControl!.Private, "a response that sets a cookie is not for shared caches");
        Assert.Equal(warm.Headers.ETag, switched.Headers.ETag);

        using var next = await Get(client, "/vi/posts/queues");
        Assert.Null(next.LanguageCookie());
        Assert.True(next.Headers.CacheControl!.Public);
    }

    [Fact]
    public async Task An_edited_post_is_served_new_with_a_new_entity_tag()
    {
        using var client = _factory.Client();
        using var before = await Get(client, PostUrl);

        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost.Replace("Understanding Message Queues", "Message Queues, Revised", StringComparison.Ordinal));

        await Eventually.True(
            async () => (await client.GetOkPage(PostUrl)).QuerySelector(".post-version:not([hidden]) h1")!.TextContent == "Message Queues, Revised",
            "the edited title is served");
        using var after = await Get(client, PostUrl, r => r.Headers.IfNoneMatch.Add(before.Headers.ETag!));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task A_browser_holding_the_brotli_page_gets_304_after_an_edit_elsewhere_before_brotli_is_made_again()
    {
        using var client = _factory.Client();
        const string Browser = "gzip, deflate, br, zstd";
        HttpResponseMessage? held = null;
        await Eventually.True(
            async () =>
            {
                held?.Dispose();
                held = await Get(client, PostUrl, r => r.Headers.TryAddWithoutValidation("Accept-Encoding", Browser));
                return held.Content.Headers.ContentEncoding.SequenceEqual(["br"]);
            },
            "the post comes in brotli");
        using var brotli = held!;

        // A draft is added: a new catalog, a new page set, the post rendered again with the same bytes.
        var store = _factory.Services.GetRequiredService<Blog.Content.Catalog.CatalogStore>();
        var before = store.Current;
        _factory.Posts.Write("2025-08-01-draft.md", "---\ntitle: Not yet\ndraft: true\n---\nSoon.\n");
        await Eventually.True(() => Task.FromResult(!ReferenceEquals(before, store.Current)), "the posts are read again");
        using var again = await Get(client, PostUrl, r =>
        {
            r.Headers.TryAddWithoutValidation("Accept-Encoding", Browser);
            r.Headers.IfNoneMatch.Add(brotli.Headers.ETag!);
        });

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(brotli.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task The_home_page_at_the_root_stays_per_reader()
    {
        using var client = _factory.Client();
        using var english = await Get(client, "/", r => r.Headers.AcceptLanguage.ParseAdd("en"));
        using var vietnamese = await Get(client, "/", r => r.Headers.AcceptLanguage.ParseAdd("vi"));

        Assert.Equal("en", (await english.ReadPage()).DocumentElement.GetAttribute("lang"));
        Assert.Equal("vi", (await vietnamese.ReadPage()).DocumentElement.GetAttribute("lang"));
        Assert.True(vietnamese.Headers.CacheControl!.Private);
        Assert.NotEqual(english.Headers.ETag, vietnamese.Headers.ETag);
    }

    [Fact]
    public async Task Addresses_with_a_query_and_pages_that_are_not_found_are_rendered_each_time()
    {
        using var client = _factory.Client();
        using var tracked = await Get(client, PostUrl + "?utm_source=feed");
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        Assert.Equal("Understanding Message Queues", (await tracked.ReadPage()).QuerySelector(".post-version:not([hidden]) h1")!.TextContent);

        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var missing = await Get(client, "/en/posts/no-such-post");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Null(missing.Headers.ETag);
        }
    }

    [Fact]
    public async Task A_shared_page_that_is_not_kept_still_says_it_varies_by_cookie()
    {
        using var client = _factory.Client();
        using var response = await Get(client, PostUrl + "?utm_source=feed", r => r.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Equal(["Accept-Encoding", "Cookie"], response.Headers.Vary.OrderBy(v => v, StringComparer.Ordinal));
        Assert.True(response.Headers.CacheControl!.Public);
    }

    [Theory]
    [InlineData("/en/posts/queues?PAGE=2", "/en/posts/queues")]
    [InlineData("/en/posts/%E2%84%82", null)]
    public async Task Odd_spellings_never_redirect_to_themselves(string url, string? expected)
    {
        using var client = _factory.Client(followRedirects: false);
        using var response = await Get(client, url);

        if (expected is null)
        {
            Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(expected, response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Numbered_pages_of_a_list_are_kept_like_any_page_but_other_queries_are_not()
    {
        for (var day = 1; day <= 12; day++)
        {
            _factory.Posts.Write($"2025-02-{day:00}-p{day}.md", Samples.SingleLanguagePost($"Post {day}", $"2025-02-{day:00}"));
        }

        using var client = _factory.Client();
        using var first = await Get(client, "/en?page=2");
        using var again = await Get(client, "/en?page=2", r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);

        using var other = await Get(client, "/en?page=2&utm_source=feed");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Null(other.Headers.ETag);
        Assert.Equal(
            (await first.ReadPage()).QuerySelectorAll(".post-summary h2").Select(h => h.TextContent),
            (await other.ReadPage()).QuerySelectorAll(".post-summary h2").Select(h => h.TextContent));
    }

    [Theory]
    [InlineData("?page=2", true)]
    [InlineData("?page=10", true)]
    [InlineData("?page=0", false)]
    [InlineData("?page=02", false)]
    [InlineData("?page=", false)]
    [InlineData("?page=2&x=1", false)]
    [InlineData("?page=1234567", false)]
    [InlineData("?q=queues", false)]
    public void Only_a_plain_page_number_is_a_key(string query, bool kept) =>
        Assert.Equal(kept, Blog.Caching.PageKey.IsPageNumber(query));

    [Theory]
    [InlineData("/en/POSTS/queues")]
    [InlineData("/en/posts/queues/")]
    [InlineData("/en/Posts/queues")]
    public async Task Address_variants_are_redirected_to_the_one_address_and_never_kept(string variant)
    {
        using var client = _factory.Client(followRedirects: false);
        var cache = _factory.Services.GetRequiredService<Blog.Caching.PageCache>();
        await Get(client, PostUrl);
        var kept = cache.Current.Count;

        using var response = await Get(client, variant + "?utm_source=feed");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(PostUrl + "?utm_source=feed", response.Headers.Location!.OriginalString);
        Assert.True(response.Headers.CacheControl!.Public, "a redirect to the one address is the same for everyone");
        Assert.Equal(kept, cache.Current.Count);
    }

    [Fact]
    public async Task Without_a_base_url_each_host_gets_its_own_links_and_only_a_few_hosts_are_kept()
    {
        _factory.With("Blog:BaseUrl", null);
        using var client = _factory.Client();
        var cache = _factory.Services.GetRequiredService<Blog.Caching.PageCache>();

        foreach (var host in Enumerable.Range(1, 7).Select(i => $"host{i}.example"))
        {
            foreach (var _ in Enumerable.Range(0, 2))
            {
                using var response = await Get(client, PostUrl, r => r.Headers.Host = host);
                Assert.Equal($"https://{host}{PostUrl}", (await response.ReadPage()).QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            }
        }

        Assert.Equal(Blog.Caching.OriginSlots.Capacity, cache.Current.Count);

        // A kept host spelt in other letter cases is not a way around the limit.
        using var shouted = await Get(client, PostUrl, r => r.Headers.Host = "HOST1.example");
        Assert.Equal(HttpStatusCode.OK, shouted.StatusCode);
        Assert.Equal(Blog.Caching.OriginSlots.Capacity, cache.Current.Count);
    }

    [Fact]
    public async Task Junk_hosts_right_after_an_edit_cannot_take_the_real_hosts_place()
    {
        _factory.With("Blog:BaseUrl", null);
        using var client = _factory.Client();
        const string real = "blog.example";
        foreach (var _ in Enumerable.Range(0, 3))
        {
            using var warm = await Get(client, PostUrl, r => r.Headers.Host = real);
        }

        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost.Replace("Understanding Message Queues", "Message Queues, Revised", StringComparison.Ordinal));
        await Eventually.True(
            async () => (await client.GetOkPage(PostUrl)).QuerySelector(".post-version:not([hidden]) h1")!.TextContent == "Message Queues, Revised",
            "the edit is on the site");

        foreach (var junk in new[] { "a.example", "b.example", "c.example", "d.example", "e.example" })
        {
            using var response = await Get(client, PostUrl, r => r.Headers.Host = junk);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var first = await Get(client, PostUrl, r => r.Headers.Host = real);
        using var second = await Get(client, PostUrl, r => r.Headers.Host = real);
        Assert.Equal("Message Queues, Revised", (await second.ReadPage()).QuerySelector(".post-version:not([hidden]) h1")!.TextContent);
        Assert.NotNull(second.Headers.ETag);
    }

    [Fact]
    public async Task A_real_host_arriving_after_junk_hosts_took_every_place_wins_one_by_being_asked_for()
    {
        _factory.With("Blog:BaseUrl", null);
        using var client = _factory.Client();
        foreach (var junk in new[] { "a.example", "b.example", "c.example", "d.example" })
        {
            using var response = await Get(client, PostUrl, r => r.Headers.Host = junk);
        }

        var served = new List<bool>();
        foreach (var _ in Enumerable.Range(0, 4))
        {
            using var response = await Get(client, PostUrl, r => r.Headers.Host = "blog.example");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            served.Add(response.Headers.ETag is not null);
        }

        Assert.False(served[0], "the first request of a new host is not kept while every place is taken");
        Assert.True(served[^1], $"kept after a few requests: {string.Join(", ", served)}");
    }

    [Fact]
    public async Task With_the_cache_switched_off_pages_are_still_served()
    {
        _factory.With("Blog:PageCacheMegabytes", "0");
        using var client = _factory.Client();
        using var first = await Get(client, PostUrl);
        using var second = await Get(client, PostUrl);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.ETag);
        Assert.Equal(await Text(first), await Text(second));
    }

    /// <summary>The theme written into the page; empty when it follows the system.</summary>
    private static async Task<string> Theme(HttpResponseMessage response) =>
        (await response.ReadPage()).DocumentElement.GetAttribute("data-theme") ?? string.Empty;

    private static string Decode(byte[] bytes, string? coding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoded = coding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => input,
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
