using BenchmarkDotNet.Attributes;
using Blog.Benchmarks.Corpus;
using Blog.Content.Addresses;
using Blog.Content.Catalog;
using Microsoft.Extensions.Logging.Abstractions;

namespace Blog.Benchmarks;

/// <summary>
/// What one author's edit costs before the page can show it, on a big blog, the two ways side by side:
/// reading the whole folder again and building the catalog whole (every edit, before), and taking in the
/// one file the watcher named and patching the catalog (every edit that moves no other post). Each
/// invocation gives the post a new title, so it is really read and parsed again. The watcher's delay and
/// the page's render come on top (see benchmarks/startup/startup.sh for the whole way, end to end).
/// </summary>
[MemoryDiagnoser]
public class IncrementalReloadBenchmarks : IDisposable
{
    private string _folder = string.Empty;
    private string _edited = string.Empty;
    private string _original = string.Empty;
    private string[] _named = [];
    private SiteSources _sources = null!;
    private SiteLoader _loader = null!;
    private CatalogStore _store = null!;
    private int _edits;

    [Params(10_000, 50_000)]
    public int Posts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Writing 50,000 posts takes about a minute: the folder is kept between runs (the same seed gives the same files).
        _folder = Path.Combine(Path.GetTempPath(), "blog-benchmarks", $"corpus-{Posts}");
        var complete = Path.Combine(_folder, ".complete");
        if (!File.Exists(complete))
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }

            new CorpusWriter(seed: 1, targetBytes: 6000).Write(_folder, Posts);
            File.WriteAllText(complete, string.Empty);
        }

        var (name, text) = new CorpusWriter(seed: 1, targetBytes: 6000).Post(Posts / 2);
        (_edited, _original, _named) = (Path.Combine(_folder, name), text, [name]);
        File.WriteAllText(_edited, _original);
        _sources = new SiteSources(_folder, null, "en", AddressRules.Default, GitDates: false);
        _loader = new SiteLoader(NullLoggerFactory.Instance);
        _store = new CatalogStore(TimeProvider.System);
        _store.Replace(_loader.Load(_sources));
    }

    /// <summary>The whole folder listed, the edited post read, every address assigned and the catalog built again.</summary>
    [Benchmark(Baseline = true)]
    public bool WholeFolderAndCatalog()
    {
        Edit();
        return _store.Replace(_loader.Load(_sources));
    }

    /// <summary>The named file looked at and read, its addresses patched, and the catalog patched.</summary>
    [Benchmark]
    public bool NamedFileAndPatch()
    {
        Edit();
        return _store.Replace(_loader.Load(_sources, _named));
    }

    [GlobalCleanup]
    public void Cleanup() => File.WriteAllText(_edited, _original);

    /// <summary>The store's timer for scheduled posts goes with it.</summary>
    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A different title each time, so the post is really read and parsed again.</summary>
    private void Edit() =>
        File.WriteAllText(_edited, _original.Replace("title: \"", $"title: \"Edit {++_edits} ", StringComparison.Ordinal));
}
