using System.Net;
using System.Text.RegularExpressions;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

/// <summary>
/// What a first visit costs: content-hashed, immutable, precompressed CSS and JS, compressed HTML, and
/// the seed-shaped post page within 30 KB compressed, all from this site.
/// </summary>
public sealed class PageWeightTests : IDisposable
{
    private readonly BlogFactory _factory = new() { Environment = "Production" };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_seed_shaped_post_page_with_its_css_and_js_is_at_most_30_kb_compressed()
    {
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri(BlogFactory.BaseUrl) });
        client.DefaultRequestHeaders.Add("Accept-Encoding", "br, gzip");

        using var html = await client.GetAsync(new Uri("/en/posts/queues", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains(html.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
        var total = (await html.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;

        using var uncompressed = _factory.CreateClient(new() { BaseAddress = new Uri(BlogFactory.BaseUrl) });
        var page = await uncompressed.GetOkPage("/en/posts/queues");
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        Assert.Equal(5, assets.Count);
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.True(s.HasAttribute("defer"), "scripts must not block rendering"));
        Assert.All(page.QuerySelectorAll("[src], link[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!).Where(u => !u.StartsWith('/')),
            u => Assert.StartsWith(BlogFactory.BaseUrl, u, StringComparison.Ordinal));

        foreach (var asset in assets)
        {
            Assert.Matches(new Regex(@"^/(css|js)/[a-z-]+\.[a-z0-9]+\.(css|js)$"), asset);
            using var response = await client.GetAsync(new Uri(asset, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
            Assert.Equal("max-age=31536000, immutable", PublishedCacheControl(asset.TrimStart('/')));
            total += (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;
        }

        Assert.True(total <= 30 * 1024, $"{total} bytes compressed");
    }

    /// <summary>
    /// The caching a fingerprinted file gets, as the static assets manifest declares it. (A test host
    /// runs from build output, where MapStaticAssets serves files fresh for editing; the published app
    /// sends these headers.)
    /// </summary>
    private static string? PublishedCacheControl(string route)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Blog.staticwebassets.endpoints.json")));
        return manifest.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Where(e => e.GetProperty("Route").GetString() == route)
            .SelectMany(e => e.GetProperty("ResponseHeaders").EnumerateArray())
            .Where(h => h.GetProperty("Name").GetString() == "Cache-Control")
            .Select(h => h.GetProperty("Value").GetString())
            .FirstOrDefault();
    }
}
