using System.Net;
using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Tests.Caching;

/// <summary>
/// The page cache's rule: a page served from memory carries everything a fresh render of it sent, and a
/// page that sets something the cache cannot replay (a header, a cookie other than the language one) is
/// not kept but rendered for each reader, so nobody loses what the page meant to send them.
/// </summary>
public sealed class ReplayRuleTests
{
    private const string PostUrl = "/en/posts/queues";

    /// <summary>
    /// Headers that differ between any two responses, or only exist on kept pages (a tag, and a length
    /// where a fresh render is sent in chunks): the body compared beside them says they agree.
    /// </summary>
    private static readonly HashSet<string> PerResponse = new(["Date", "ETag", "Content-Length"], StringComparer.OrdinalIgnoreCase);

    private static BlogFactory Site(Action<BlogFactory>? setUp = null)
    {
        var factory = new BlogFactory { Environment = "Production" };
        factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        setUp?.Invoke(factory);
        return factory;
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string url, Action<HttpRequestMessage>? setUp = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        setUp?.Invoke(request);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>One line per header, sorted: a difference shows as the line that differs.</summary>
    private static string HeadersOf(HttpResponseMessage response) => string.Join(
        '\n',
        response.Headers.Concat(response.Content.Headers)
            .Where(h => !PerResponse.Contains(h.Key))
            .Select(h => $"{h.Key.ToLowerInvariant()}: {string.Join(" | ", h.Value)}")
            .Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(PostUrl)]
    [InlineData("/en")]
    [InlineData("/vi/archive")]
    [InlineData("/en/tags")]
    public async Task A_page_from_memory_carries_every_header_a_fresh_render_sent(string url)
    {
        using var uncached = Site(f => f.With("Blog:PageCacheMegabytes", "0"));
        using var cached = Site();
        using var client = cached.Client();
        await Get(client, url);

        // What browsers send, so the fresh render is compressed as the kept page is.
        using var fresh = await Get(uncached.Client(), url, AsBrowser);

        // The kept page's brotli body is made in the background once a browser asks: wait for it.
        HttpResponseMessage? settled = null;
        await Eventually.True(
            async () =>
            {
                settled?.Dispose();
                settled = await Get(client, url, AsBrowser);
                return settled.Content.Headers.ContentEncoding.SequenceEqual(["br"]);
            },
            $"{url} comes from memory in brotli");
        using var fromMemory = settled!;

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotNull(fromMemory.Headers.ETag);
        Assert.Equal(HeadersOf(fresh), HeadersOf(fromMemory));

        using var freshText = await Get(uncached.Client(), url);
        using var textFromMemory = await Get(client, url);
        Assert.Equal(await freshText.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await textFromMemory.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static void AsBrowser(HttpRequestMessage request) =>
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br, zstd");

    [Fact]
    public async Task A_page_that_sets_a_header_the_cache_cannot_replay_is_rendered_for_each_reader()
    {
        var renders = 0;
        using var factory = Site(f => f.With("Serilog:MinimumLevel:Override:Blog.Caching", "Debug").ConfigureTestServices = services => services.Configure<MvcOptions>(o =>
            o.Filters.Add(new SetsOnPages(response => response.Headers["X-Render"] = Interlocked.Increment(ref renders).ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        using var client = factory.Client();

        using var first = await Get(client, PostUrl);
        using var second = await Get(client, PostUrl);

        Assert.Equal("1", first.Headers.GetValues("X-Render").Single());
        Assert.Equal("2", second.Headers.GetValues("X-Render").Single());
        Assert.Null(second.Headers.ETag);
        Assert.Contains(factory.Logs.Messages(Serilog.Events.LogEventLevel.Debug), m => m.Contains("\"X-Render\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_that_sets_a_cookie_of_its_own_gives_it_to_every_reader()
    {
        using var factory = Site(f => f.ConfigureTestServices = services => services.Configure<MvcOptions>(o =>
            o.Filters.Add(new SetsOnPages(response => response.Cookies.Append("experiment", "b")))));
        using var client = factory.Client();

        foreach (var _ in Enumerable.Range(0, 3))
        {
            using var response = await Get(client, PostUrl);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("experiment=b", StringComparison.Ordinal));
            Assert.True(response.Headers.CacheControl!.Private, "a response that sets a cookie is not for shared caches");
        }
    }

    [Fact]
    public async Task Pages_say_when_the_posts_last_changed_and_answer_if_modified_since()
    {
        using var factory = Site(f => f.Posts.Write(
            "2025-08-02-later.md",
            Samples.SingleLanguagePost("Later notes", "2025-08-02", extra: "updated: \"2025-09-14T08:30:00+02:00\"")));
        var changed = new DateTimeOffset(2025, 9, 14, 6, 30, 0, TimeSpan.Zero);
        using var client = factory.Client();

        foreach (var url in new[] { PostUrl, "/en", "/en/archive", "/en/tags" })
        {
            foreach (var _ in Enumerable.Range(0, 2))
            {
                using var response = await Get(client, url);
                Assert.Equal(changed, response.Content.Headers.LastModified);
            }

            using var unchanged = await Get(client, url, r => r.Headers.IfModifiedSince = changed);
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
            using var older = await Get(client, url, r => r.Headers.IfModifiedSince = changed.AddSeconds(-1));
            Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        }
    }

    private sealed class SetsOnPages(Action<Microsoft.AspNetCore.Http.HttpResponse> set) : IResultFilter
    {
        public void OnResultExecuting(ResultExecutingContext context)
        {
            if (context.Result is Microsoft.AspNetCore.Mvc.RazorPages.PageResult)
            {
                set(context.HttpContext.Response);
            }
        }

        public void OnResultExecuted(ResultExecutedContext context)
        {
        }
    }
}
