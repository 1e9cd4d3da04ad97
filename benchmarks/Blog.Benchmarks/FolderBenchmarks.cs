using BenchmarkDotNet.Attributes;
using Blog.Benchmarks.Corpus;
using Blog.Content.Catalog;
using Blog.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Blog.Benchmarks;

/// <summary>
/// A whole folder of generated posts: loading it cold (every core), checking it when nothing changed
/// (what every heartbeat costs), taking in one edited post (what an author's save costs before the
/// page shows it), and building the catalog snapshot from parsed posts.
/// </summary>
[MemoryDiagnoser]
public class FolderBenchmarks : IDisposable
{
    private TempPostsFolder _folder = null!;
    private PostLoader _warm = null!;
    private LoadResult _loaded = null!;
    private string _edited = string.Empty;
    private string _original = string.Empty;
    private int _edits;

    [Params(1000, 10000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = new TempPostsFolder();
        new CorpusWriter(seed: 1, targetBytes: 6000).Write(_folder.Path, Posts);
        _warm = new PostLoader(NullLogger<PostLoader>.Instance);
        _loaded = _warm.Load(_folder.Path, "en");
        var (name, text) = new CorpusWriter(seed: 1, targetBytes: 6000).Post(Posts / 2);
        (_edited, _original) = (Path.Combine(_folder.Path, name), text);
    }

    [Benchmark]
    public int LoadCold() => new PostLoader(NullLogger<PostLoader>.Instance).Load(_folder.Path, "en").Posts.Count;

    [Benchmark]
    public bool ReloadUnchanged() => _warm.Load(_folder.Path, "en").Changed;

    [Benchmark]
    public bool ReloadOneEditedPost()
    {
        // A different title each time, so the post is really read and parsed again.
        File.WriteAllText(_edited, _original.Replace("title: \"", $"title: \"Edit {++_edits} ", StringComparison.Ordinal));
        return _warm.Load(_folder.Path, "en").Changed;
    }

    [Benchmark]
    public int BuildCatalog() => new PostCatalog(_loaded.Posts, _loaded.Failures, DateTimeOffset.UtcNow).Published.Count;

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _folder?.Dispose();
        GC.SuppressFinalize(this);
    }
}
