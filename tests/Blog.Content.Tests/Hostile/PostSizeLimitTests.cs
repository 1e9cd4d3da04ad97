using Blog.Content.Catalog;
using Blog.Content.Posts;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Hostile;

/// <summary>
/// A file larger than a post may be is that file's failure, decided from the folder listing before
/// anything is read: the rest of the folder loads, and later edits still apply.
/// </summary>
public sealed class PostSizeLimitTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();

    public PostSizeLimitTests() => _folder.Write("good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_sparse_file_of_one_and_a_half_gigabytes_is_skipped_unread_and_later_edits_apply()
    {
        // 1.5 GB that take no room on disk: reading it whole took every load down with it.
        var huge = Path.Combine(_folder.Path, "huge.md");
        using (var stream = new FileStream(huge, FileMode.CreateNew))
        {
            stream.SetLength(1_500L * 1024 * 1024);
        }

        var loader = new PostLoader(_log);
        var result = loader.Load(_folder.Path, "en");

        Assert.Equal(["good"], result.Posts.Select(p => p.Slug));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("huge.md", failure.File);
        Assert.Contains("1.5 GB", failure.Problem, StringComparison.Ordinal);
        Assert.Contains("4 MB", failure.Problem, StringComparison.Ordinal);
        Assert.Contains("Blog:MaxPostBytes", failure.Problem, StringComparison.Ordinal);
        Assert.Contains(_log.Warnings, w => w.Contains("huge.md", StringComparison.Ordinal) && w.Contains("1.5 GB", StringComparison.Ordinal));

        _folder.Write("good.md", Samples.SingleLanguagePost("Good, edited", "2025-01-01"));
        _folder.Write("second.md", Samples.SingleLanguagePost("Second", "2025-01-02"));
        var edited = loader.Load(_folder.Path, "en");
        Assert.Contains(edited.Posts, p => p.Main.Title == "Good, edited");
        Assert.Contains(edited.Posts, p => p.Slug == "second");
        Assert.Equal("huge.md", Assert.Single(edited.Failures).File);
        Assert.Single(_log.Warnings, w => w.Contains("huge.md", StringComparison.Ordinal));

        _folder.Write("huge.md", Samples.SingleLanguagePost("Huge, cut down", "2025-01-03"));
        var fixedResult = loader.Load(_folder.Path, "en");
        Assert.Contains(fixedResult.Posts, p => p.Main.Title == "Huge, cut down");
        Assert.Empty(fixedResult.Failures);
    }

    [Fact]
    public void The_limit_is_the_callers()
    {
        _folder.Write("long.md", Samples.SingleLanguagePost("Long", "2025-01-01") + new string('a', 6_000) + "\n");

        var tight = new PostLoader(_log).Load(_folder.Path, "en", maxPostBytes: 4_096);
        var roomy = new PostLoader(_log).Load(_folder.Path, "en", maxPostBytes: 8_192);

        Assert.Contains("more than the 4 KB (4,096 bytes) a post may be", Assert.Single(tight.Failures, f => f.File == "long.md").Problem, StringComparison.Ordinal);
        Assert.Contains(roomy.Posts, p => p.Slug == "long");
    }

    [Fact]
    public void A_file_that_grew_after_it_was_listed_is_read_no_further_than_the_limit()
    {
        var path = _folder.Write("growing.md", new string('a', 100_000));

        // Listed at 10 bytes, now 100,000: the read stops one byte past a limit of 1,000.
        var ex = Assert.Throws<PostFormatException>(() => PostFileReader.Read(path, listedLength: 10, maxBytes: 1_000));

        Assert.Contains("grew while it was being read", ex.Message, StringComparison.Ordinal);
        Assert.Equal(100_000, PostFileReader.Read(path, listedLength: 10, maxBytes: 100_000).Count);
    }
}
