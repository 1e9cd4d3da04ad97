using System.Diagnostics;
using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Hostile;

/// <summary>Names ending in <c>.md</c> that are not regular files are never opened: opening a pipe waits for a writer forever.</summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();

    public SpecialFileTests() => _folder.Write("good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_pipe_named_like_a_post_is_skipped_without_being_opened()
    {
        var pipe = Path.Combine(_folder.Path, "x.md");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var load = Task.Run(() => new PostLoader(_log).Load(_folder.Path, "en"), TestContext.Current.CancellationToken);
        try
        {
            // Only a guard: a loader that opened the pipe would never return.
            var first = await Task.WhenAny(load, Task.Delay(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken));
            Assert.True(first == load, "the load was still waiting on the pipe after two minutes");
        }
        finally
        {
            if (!load.IsCompleted)
            {
                // Free the stuck reader: a writer that opens and closes the pipe gives it end of file.
                await using var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write);
            }
        }

        var result = await load;
        Assert.Equal(["good"], result.Posts.Select(p => p.Slug));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("x.md", failure.File);
        Assert.Contains("not a regular file", failure.Problem, StringComparison.Ordinal);
        Assert.Contains(_log.Warnings, w => w.Contains("x.md", StringComparison.Ordinal));
    }
}
