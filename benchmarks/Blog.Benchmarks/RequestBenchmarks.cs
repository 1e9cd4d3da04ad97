using BenchmarkDotNet.Attributes;
using Blog.Benchmarks.Corpus;
using Blog.Testing;

namespace Blog.Benchmarks;

/// <summary>
/// The request path with the catalog warm, through the whole app in memory (no sockets): a post page
/// from the page cache (what nearly every reader gets), the same page rendered by Razor each time (the
/// cache switched off), and the home page from the cache.
/// </summary>
[MemoryDiagnoser]
public class RequestBenchmarks : IDisposable
{
    private const string PostPage = "/en/posts/post-00001";

    private BlogFactory _cached = null!;
    private BlogFactory _rendered = null!;
    private HttpClient _cachedClient = null!;
    private HttpClient _renderedClient = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cached = Site(pageCache: true);
        _rendered = Site(pageCache: false);
        _cachedClient = _cached.CreateClient();
        _renderedClient = _rendered.CreateClient();
        foreach (var client in new[] { _cachedClient, _renderedClient })
        {
            client.GetAsync(new Uri(PostPage, UriKind.Relative)).GetAwaiter().GetResult().EnsureSuccessStatusCode();
        }
    }

    [Benchmark(Baseline = true)]
    public Task<byte[]> PostPageFromCache() => _cachedClient.GetByteArrayAsync(new Uri(PostPage, UriKind.Relative));

    [Benchmark]
    public Task<byte[]> PostPageRendered() => _renderedClient.GetByteArrayAsync(new Uri(PostPage, UriKind.Relative));

    [Benchmark]
    public Task<byte[]> HomePageFromCache() => _cachedClient.GetByteArrayAsync(new Uri("/en", UriKind.Relative));

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _cachedClient?.Dispose();
        _renderedClient?.Dispose();
        _cached?.Dispose();
        _rendered?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static BlogFactory Site(bool pageCache)
    {
        var factory = new BlogFactory { Environment = "Production" };
        factory.With("Blog:PageCacheMegabytes", pageCache ? "256" : "0");
        new CorpusWriter(seed: 1, targetBytes: 6000).Write(factory.Posts.Path, 1000);
        return factory;
    }
}
