using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

/// <summary>
/// Files no author means to publish, in the folder of the running app (its own process, in Production):
/// each is that file's problem, named in readiness; the site keeps serving, later edits still go live,
/// and the app still stops on SIGTERM.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileFilesTests : IDisposable
{
    private readonly TempPostsFolder _posts = new();

    public HostileFilesTests() => _posts.Write("2025-01-01-good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));

    public void Dispose() => _posts.Dispose();

    private Task<AppProcess> Start(bool unprivileged = false) => AppProcess.Start(
        new Dictionary<string, string> { ["Blog__PostsPath"] = _posts.Path, ["Blog__ReloadDelay"] = "00:00:00.05" }, unprivileged);

    [Fact]
    public async Task A_named_pipe_among_the_posts_is_skipped_edits_still_go_live_and_sigterm_stops_the_app()
    {
        await Run("mkfifo", Path.Combine(_posts.Path, "2025-01-02-pipe.md"));
        using var app = await Start();
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        Assert.Contains(await FailedFiles(client), f => f.StartsWith("2025-01-02-pipe.md", StringComparison.Ordinal));
        await AnEditGoesLive(app, client, _posts);

        app.Terminate();
        Assert.Equal(0, await app.Exited());
    }

    [Fact]
    public async Task A_huge_file_is_skipped_before_it_is_read_and_named_in_readiness()
    {
        // 1.5 GB that take no room on disk: the listing says how big it is, and that is all the app needs.
        using (var sparse = new FileStream(Path.Combine(_posts.Path, "2025-01-03-huge.md"), FileMode.CreateNew))
        {
            sparse.SetLength(1_500_000_000);
        }

        using var app = await Start();
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        var failed = await FailedFiles(client);
        Assert.Contains(failed, f => f.StartsWith("2025-01-03-huge.md", StringComparison.Ordinal) && f.Contains("Blog:MaxPostBytes", StringComparison.Ordinal));
        await AnEditGoesLive(app, client, _posts);
    }

    [Fact]
    public async Task A_folder_that_becomes_unreadable_keeps_its_posts_and_readiness_names_it()
    {
        _posts.Write("2025/02/2025-02-01-inside.md", Samples.SingleLanguagePost("Inside", "2025-02-01"));
        var folder = Path.Combine(_posts.Path, "2025", "02");
        using var app = await Start(unprivileged: true);
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/en/posts/inside", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            // The folder's own change is not an event the app hears of; the next edit (or the heartbeat) reads it.
            _posts.Write("2025-01-05-nudge.md", Samples.SingleLanguagePost("Nudge", "2025-01-05"));
            await app.WaitFor(async () => (await Ready(client)).GetProperty("status").GetString() == "Degraded", "readiness reports the unreadable folder");
            var data = (await Ready(client)).GetProperty("checks").GetProperty("catalog").GetProperty("data");
            Assert.Contains("2025/02", data.GetProperty("unreadableFolders").EnumerateArray().Select(f => f.GetString()));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/en/posts/inside", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/en/posts/nudge", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        await app.WaitFor(async () => (await Ready(client)).GetProperty("status").GetString() == "Healthy", "readiness is healthy once the folder can be read again");
    }

    private static async Task AnEditGoesLive(AppProcess app, HttpClient client, TempPostsFolder posts)
    {
        posts.Write("2025-01-04-later.md", Samples.SingleLanguagePost("Later", "2025-01-04"));
        await app.WaitFor(
            async () => (await client.GetAsync(new Uri("/en/posts/later", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK,
            "a later edit goes live");
    }

    /// <summary>The app runs on this machine, so readiness shows it the failed files by name.</summary>
    private static async Task<IReadOnlyList<string>> FailedFiles(HttpClient client) =>
        (await Ready(client)).GetProperty("checks").GetProperty("catalog").GetProperty("data").GetProperty("failedFiles")
            .EnumerateArray().Select(f => f.GetString()!).ToList();

    private static async Task<JsonElement> Ready(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.Clone();
    }

    private static async Task Run(string command, params string[] arguments)
    {
        using var process = Process.Start(command, arguments);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
    }
}
