using System.Text;
using BenchmarkDotNet.Attributes;
using Blog.Content.Catalog;
using Blog.Content.Posts;
using Blog.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Blog.Benchmarks;

/// <summary>
/// Parsing one seed-shaped post beside the catalog lookups a request makes (whole folders are in
/// <see cref="FolderBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
public class ContentBenchmarks : IDisposable
{
    private readonly byte[] _seedShaped = Encoding.UTF8.GetBytes(Samples.BilingualPost);
    private readonly PostParser _parser = new("en");
    private TempPostsFolder _folder = null!;
    private PostCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = new TempPostsFolder();
        for (var i = 0; i < 200; i++)
        {
            _folder.Write($"2025-01-{(i % 28) + 1:00}-post-{i}.md", Samples.BilingualPost.Replace("Understanding Message Queues", $"Post {i}", StringComparison.Ordinal));
        }

        var result = new PostLoader(NullLogger<PostLoader>.Instance).Load(_folder.Path, "en");
        _catalog = new PostCatalog(result.Posts, result.Failures, DateTimeOffset.UtcNow);
    }

    [Benchmark(Baseline = true)]
    public Post ParseSeedShapedPost() => _parser.Parse(_seedShaped, "2025-07-29-understanding-message-queues.md").Post;

    [Benchmark]
    public PostVersion? FindPostBySlug() => _catalog.Find("vi", "post-137");

    [Benchmark]
    public int ListHomePageInVietnamese() => _catalog.Published.Take(10).Sum(p => PostCatalog.ListedIn(p, "vi").ReadingMinutes);

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _folder?.Dispose();
        GC.SuppressFinalize(this);
    }
}
