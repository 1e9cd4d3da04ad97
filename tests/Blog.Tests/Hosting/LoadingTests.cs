using System.Diagnostics;
using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

/// <summary>
/// The server opens while the posts are still loading: a reader who comes in that moment waits for
/// the posts and gets the page, never an empty site, while the probes answer at once. A named pipe
/// among the posts holds the load open for exactly as long as the test needs.
/// </summary>
public sealed class LoadingTests : IDisposable
{
    private readonly TempPostsFolder _posts = new();

    public void Dispose() => _posts.Dispose();

    [Fact]
    public async Task A_request_during_the_first_load_waits_for_the_posts_and_the_probes_answer_meanwhile()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes as files need a Unix system");
        _posts.Write("2025-01-01-ready.md", Samples.SingleLanguagePost("Ready", "2025-01-01"));
        var pipe = Path.Combine(_posts.Path, "2025-01-02-late.md");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var app = AppProcess.Launch(new Dictionary<string, string> { ["Blog__PostsPath"] = _posts.Path });
        await app.Listening();
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        var page = client.GetAsync(new Uri("/en/posts/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        using (var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        using (var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);
        Assert.False(page.IsCompleted, "the page was answered before the posts were loaded");
        Assert.DoesNotContain(app.Output, line => line.Contains("Application started", StringComparison.Ordinal));

        // The last file arrives; the load ends, and the waiting reader gets the page.
        await File.WriteAllTextAsync(pipe, Samples.SingleLanguagePost("Late", "2025-01-02"), TestContext.Current.CancellationToken);
        using var response = await page;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ready", (await response.ReadPage()).QuerySelector(".post-version:not([hidden]) h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/en/posts/late", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }
}
