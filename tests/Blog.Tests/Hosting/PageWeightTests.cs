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

        var (total, _) = await CompressedWeight("/en/posts/queues");

        Assert.True(total <= 30 * 1024, $"{total} bytes compressed");
    }

    [Fact]
    public async Task A_post_with_math_stays_within_the_budget_plus_its_mathml()
    {
        const string Sample = "2025-10-12-queueing-by-the-numbers.md";
        _factory.Posts.Write(Sample, SourceTree.SamplePost(Sample));

        var (total, page) = await CompressedWeight("/en/posts/queueing-by-the-numbers");

        var mathml = string.Concat(page.QuerySelectorAll("math").Select(m => m.OuterHtml));
        Assert.NotEmpty(mathml);
        using var compressed = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            brotli.Write(System.Text.Encoding.UTF8.GetBytes(mathml));
        }

        Assert.True(total <= (30 * 1024) + compressed.Length, $"{total} bytes compressed, {compressed.Length} of them MathML");
    }

    /// <summary>A page and the CSS and JS it loads, as a browser gets them compressed, in bytes; and the page itself.</summary>
    private async Task<(long Total, AngleSharp.Dom.IDocument Page)> CompressedWeight(string url)
    {
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri(BlogFactory.BaseUrl) });
        client.DefaultRequestHeaders.Add("Accept-Encoding", "br, gzip");

        using var html = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains(html.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
        long total = (await html.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;

        using var uncompressed = _factory.CreateClient(new() { BaseAddress = new Uri(BlogFactory.BaseUrl) });
        var page = await uncompressed.GetOkPage(url);
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

        return (total, page);
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
