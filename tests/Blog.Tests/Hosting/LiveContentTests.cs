using System.Net;
using Blog.Testing;
using Blog.Tests.Support;
using Blog.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Serilog.Events;

namespace Blog.Tests.Hosting;

/// <summary>
/// The author's edits reach the site without a restart, through the real file watcher on a real
/// folder, and a broken edit never takes down what is published.
/// </summary>
public sealed class LiveContentTests : IDisposable
{
    private readonly BlogFactory _factory = new();
    private readonly HttpClient _client;

    public LiveContentTests()
    {
        _factory.With("Blog:ReloadDelay", "00:00:00.05");
        _factory.Posts.Write("2025-01-01-first.md", Samples.SingleLanguagePost("First", "2025-01-01"));
        _client = _factory.Client();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<bool> Serves(string url, string? h1 = null)
    {
        var (status, page) = await _client.GetPage(url);
        return status == HttpStatusCode.OK && (h1 is null || page.QuerySelector(".post-version:not([hidden]) h1")?.TextContent == h1);
    }

    private async Task<bool> Missing(string url) => (await _client.GetPage(url)).Status == HttpStatusCode.NotFound;

    private async Task<IReadOnlyList<string>> HomeTitles() =>
        (await _client.GetOkPage("/en")).QuerySelectorAll(".post-summary h2").Select(h => h.TextContent).ToList();

    [Fact]
    public async Task A_new_post_appears_on_its_page_and_the_home_page()
    {
        await _client.GetOkPage("/en");

        _factory.Posts.Write("2025-02-01-second.md", Samples.SingleLanguagePost("Second", "2025-02-01"));

        await Eventually.True(() => Serves("/en/posts/second", "Second"), "the new post is served");
        Assert.Equal(["Second", "First"], await HomeTitles());
    }

    [Fact]
    public async Task A_file_written_again_and_again_does_not_hold_back_other_edits()
    {
        await _client.GetOkPage("/en");
        using var writing = new CancellationTokenSource();
        var busy = Task.Run(
            async () =>
            {
                for (var i = 0; !writing.IsCancellationRequested; i++)
                {
                    _factory.Posts.Write("2025-03-01-busy.md", Samples.SingleLanguagePost($"Busy {i}", "2025-03-01"));
                    await Task.Delay(20, CancellationToken.None);
                }
            },
            CancellationToken.None);

        try
        {
            _factory.Posts.Write("2025-02-01-second.md", Samples.SingleLanguagePost("Second", "2025-02-01"));
            // The other file keeps changing for the whole wait: an edit held back until it stops is never served.
            await Eventually.True(() => Serves("/en/posts/second", "Second"), "the new post is served while another file keeps changing");
        }
        finally
        {
            await writing.CancelAsync();
            await busy;
        }
    }

    [Fact]
    public async Task The_watcher_uses_file_events_where_they_work()
    {
        await _client.GetOkPage("/en");

        await Eventually.True(
            () => Task.FromResult(_factory.Logs.Messages(LogEventLevel.Information).Any(m => m.StartsWith("Watching", StringComparison.Ordinal) && m.Contains("file system events", StringComparison.Ordinal))),
            "the watcher says it uses file events");
    }

    [Fact]
    public async Task A_post_in_a_new_subfolder_appears()
    {
        _factory.Posts.Write("2025/drafts-done/2025-03-01-deep.md", Samples.SingleLanguagePost("Deep", "2025-03-01"));

        await Eventually.True(() => Serves("/en/posts/deep", "Deep"), "the post in a subfolder is served");
    }

    [Fact]
    public async Task An_edit_shows_the_new_text()
    {
        _factory.Posts.Write("2025-01-01-first.md", Samples.SingleLanguagePost("First, revised", "2025-01-01"));

        await Eventually.True(() => Serves("/en/posts/first", "First, revised"), "the edit is served");
    }

    [Fact]
    public async Task An_editor_that_writes_a_temporary_file_and_renames_it_over_the_post_is_followed()
    {
        var temporary = _factory.Posts.Write(".first.md.tmp", Samples.SingleLanguagePost("Saved atomically", "2025-01-01"));

        File.Move(temporary, Path.Combine(_factory.Posts.Path, "2025-01-01-first.md"), overwrite: true);

        await Eventually.True(() => Serves("/en/posts/first", "Saved atomically"), "the renamed-over post is served");
    }

    [Fact]
    public async Task An_editor_that_truncates_then_writes_settles_on_the_final_text()
    {
        var path = Path.Combine(_factory.Posts.Path, "2025-01-01-first.md");
        await using (var stream = new FileStream(path, FileMode.Truncate))
        {
            await stream.FlushAsync(TestContext.Current.CancellationToken);
        }

        await File.WriteAllTextAsync(path, Samples.SingleLanguagePost("Rewritten", "2025-01-01"), TestContext.Current.CancellationToken);

        await Eventually.True(() => Serves("/en/posts/first", "Rewritten"), "the final text is served");
    }

    [Fact]
    public async Task A_renamed_post_moves_to_its_new_address()
    {
        File.Move(Path.Combine(_factory.Posts.Path, "2025-01-01-first.md"), Path.Combine(_factory.Posts.Path, "2025-01-01-renamed.md"));

        await Eventually.True(() => Serves("/en/posts/renamed", "First"), "the renamed post is served");
        Assert.True(await Missing("/en/posts/first"));
    }

    [Fact]
    public async Task A_deleted_post_leaves_the_site()
    {
        File.Delete(Path.Combine(_factory.Posts.Path, "2025-01-01-first.md"));

        await Eventually.True(() => Missing("/en/posts/first"), "the deleted post is gone");
        Assert.Empty(await HomeTitles());
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_published_version_and_a_fix_restores_the_new_one()
    {
        _factory.Posts.Write("2025-01-01-first.md", "---\ndate: 2025-01-01\ntitle: Broken: a colon\n---\nText\n");

        await Eventually.True(
            () => Task.FromResult(_factory.Logs.Messages(LogEventLevel.Warning).Any(m => m.Contains("previous version is still served", StringComparison.Ordinal))),
            "the author is told the old version is still served");
        var warning = _factory.Logs.Messages(LogEventLevel.Warning).First(m => m.Contains("previous version", StringComparison.Ordinal));
        Assert.Contains("2025-01-01-first.md", warning, StringComparison.Ordinal);
        Assert.Contains("line 3, column 14", warning, StringComparison.Ordinal);
        Assert.True(await Serves("/en/posts/first", "First"));

        _factory.Posts.Write("2025-01-01-first.md", Samples.SingleLanguagePost("First, fixed", "2025-01-01"));

        await Eventually.True(() => Serves("/en/posts/first", "First, fixed"), "the fixed post is served");
    }

    [Fact]
    public async Task An_unreadable_edit_keeps_the_published_version()
    {
        _factory.Posts.WriteBytes("2025-01-01-first.md", [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x00]);

        await Eventually.True(
            () => Task.FromResult(_factory.Logs.Messages(LogEventLevel.Warning).Any(m => m.Contains("not UTF-8", StringComparison.Ordinal))),
            "the author is told the file is not UTF-8");
        Assert.True(await Serves("/en/posts/first", "First"));
    }

    [Fact]
    public async Task Polling_finds_changes_where_file_events_do_not_arrive()
    {
        using var factory = new BlogFactory().With("Blog:PollPosts", "true").With("Blog:PollingInterval", "00:00:00.2");
        factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        using var client = factory.Client();
        await client.GetOkPage("/en");
        await Eventually.True(
            () => Task.FromResult(factory.Logs.Messages(LogEventLevel.Information).Any(m => m.StartsWith("Watching", StringComparison.Ordinal) && m.Contains("polling", StringComparison.Ordinal))),
            "the watcher says it polls");

        factory.Posts.Write("b.md", Samples.SingleLanguagePost("B", "2025-01-02"));

        await Eventually.True(async () => (await client.GetPage("/en/posts/b")).Status == HttpStatusCode.OK, "polling finds the new post");
    }

    [Fact]
    public async Task Polling_waits_on_the_site_clock()
    {
        // Ten minutes between polls: only a wait on the registered clock, which the test fires, ends in time.
        var clock = new HeldTimers();
        using var factory = new BlogFactory().With("Blog:PollPosts", "true").With("Blog:PollingInterval", "00:10:00");
        factory.ConfigureTestServices = services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        using var client = factory.Client();
        await client.GetOkPage("/en");
        await Eventually.True(() => Task.FromResult(clock.Waiting > 0), "the watcher waits for its next poll");

        factory.Posts.Write("b.md", Samples.SingleLanguagePost("B", "2025-01-02"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPage("/en/posts/b")).Status);
        clock.FireAll();

        await Eventually.True(async () => (await client.GetPage("/en/posts/b")).Status == HttpStatusCode.OK, "the poll the clock released finds the new post");
    }

    [Fact]
    public async Task Watching_can_be_switched_off()
    {
        using var factory = new BlogFactory().With("Blog:WatchPosts", "false");
        using var client = factory.Client();
        await client.GetOkPage("/en");
        var watcher = factory.Services.GetServices<IHostedService>().OfType<PostsWatcher>().Single();

        await Eventually.True(() => Task.FromResult(watcher.ExecuteTask?.IsCompleted == true), "the watcher stops at once");
        Assert.DoesNotContain(factory.Logs.Messages(LogEventLevel.Information), m => m.StartsWith("Watching", StringComparison.Ordinal));
    }

    [Fact]
    public void The_watcher_keeps_running_while_watching_is_on()
    {
        var watcher = _factory.Services.GetServices<IHostedService>().OfType<PostsWatcher>().Single();

        Assert.False(watcher.ExecuteTask!.IsCompleted);
    }
}
