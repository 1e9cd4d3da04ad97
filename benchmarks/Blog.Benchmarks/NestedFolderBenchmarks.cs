using BenchmarkDotNet.Attributes;
using Blog.Content.Catalog;
using Blog.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Blog.Benchmarks;

/// <summary>
/// The migrated pandoc blog as it really is laid out: 391 posts in section and date folders four
/// levels deep (440 folders, one a day), names repeated across dates, plus index pages and a pages folder. Loading it
/// cold is what startup costs on it; checking it when nothing changed is what every heartbeat costs,
/// which for this layout is mostly listing folders, where the flat corpus of
/// <see cref="FolderBenchmarks"/> lists one.
/// </summary>
[MemoryDiagnoser]
public class NestedFolderBenchmarks : IDisposable
{
    private TempPostsFolder _site = null!;
    private SiteLoader _warm = null!;
    private SiteSources _sources = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = new TempPostsFolder();
        var blog = PandocBlog.Write(_site.Path);
        _sources = new SiteSources(blog.PostsFolder, Path.Combine(_site.Path, "pages"), "en", Blog.Content.Addresses.AddressRules.Default);
        _warm = new SiteLoader(NullLoggerFactory.Instance);
        _warm.Load(_sources);
    }

    /// <summary>The posts and pages folders read, parsed, addressed (clashes settled) and dated: what startup costs.</summary>
    [Benchmark]
    public int LoadCold() => new SiteLoader(NullLoggerFactory.Instance).Load(_sources).Posts.Count;

    /// <summary>A catalog snapshot with its address book (every old link), as each reload builds it.</summary>
    [Benchmark]
    public int BuildCatalog()
    {
        var result = _warm.Load(_sources);
        return new PostCatalog(result.Posts, result.Failures, DateTimeOffset.UtcNow, new SiteParts(result.Pages, result.Intros, result.Permalink)).Published.Count;
    }

    [Benchmark]
    public bool ReloadUnchanged() => _warm.Load(_sources).Changed;

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _site?.Dispose();
        GC.SuppressFinalize(this);
    }
}
