using BenchmarkDotNet.Attributes;
using Blog.Content.Catalog;
using Blog.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Blog.Benchmarks;

/// <summary>
/// The migrated pandoc blog as it really is laid out: 391 posts in section and date folders four
/// levels deep (440 folders, one a day), names repeated across dates, plus index pages. Loading it
/// cold is what startup costs on it; checking it when nothing changed is what every heartbeat costs,
/// which for this layout is mostly listing folders, where the flat corpus of
/// <see cref="FolderBenchmarks"/> lists one.
/// </summary>
[MemoryDiagnoser]
public class NestedFolderBenchmarks : IDisposable
{
    private TempPostsFolder _site = null!;
    private PostLoader _warm = null!;
    private string _posts = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _site = new TempPostsFolder();
        _posts = PandocBlog.Write(_site.Path).PostsFolder;
        _warm = new PostLoader(NullLogger<PostLoader>.Instance);
        _warm.Load(_posts, "en");
    }

    [Benchmark]
    public int LoadCold() => new PostLoader(NullLogger<PostLoader>.Instance).Load(_posts, "en").Posts.Count;

    [Benchmark]
    public bool ReloadUnchanged() => _warm.Load(_posts, "en").Changed;

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _site?.Dispose();
        GC.SuppressFinalize(this);
    }
}
