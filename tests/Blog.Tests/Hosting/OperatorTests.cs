using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

/// <summary>The app as a container runs it: JSON logs by configuration, and a graceful stop on SIGTERM.</summary>
public sealed class OperatorTests : IDisposable
{
    private const string JsonFormatter = "Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact";

    private readonly TempPostsFolder _posts = new();

    public void Dispose() => _posts.Dispose();

    [Fact]
    public async Task Logs_are_one_json_object_a_line_when_configured_so()
    {
        _posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        using var app = await AppProcess.Start(new Dictionary<string, string>
        {
            ["Blog__PostsPath"] = _posts.Path,
            ["Serilog__WriteTo__0__Args__formatter"] = JsonFormatter,
        });

        var loaded = app.Output.Select(Parse).OfType<JsonElement>().Single(e => e.GetProperty("@m").GetString()!.StartsWith("Loaded", StringComparison.Ordinal));

        Assert.Equal(1, loaded.GetProperty("PostCount").GetInt32());
        Assert.All(app.Output.Where(line => line.StartsWith('{')), line => Assert.NotNull(Parse(line)));
    }

    [Fact]
    public async Task Logs_are_text_by_default()
    {
        using var app = await AppProcess.Start(new Dictionary<string, string> { ["Blog__PostsPath"] = _posts.Path });

        Assert.Contains(app.Output, line => line.Contains("Loaded 0 posts", StringComparison.Ordinal) && !line.StartsWith('{'));
    }

    [Fact]
    public async Task Sigterm_lets_a_request_in_flight_finish_then_stops_cleanly()
    {
        _posts.Write("big.md", Samples.BigPost(4_000_000));
        using var app = await AppProcess.Start(new Dictionary<string, string> { ["Blog__PostsPath"] = _posts.Path });
        var uri = new Uri(app.BaseUrl);

        // A slow reader: the response is far larger than the socket buffers, so it is still being sent.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /en/posts/big HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);
        var buffer = new byte[64 * 1024];
        var received = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken);
        var head = Encoding.ASCII.GetString(buffer, 0, received);
        Assert.StartsWith("HTTP/1.1 200", head, StringComparison.Ordinal);

        app.Terminate();
        await app.WaitFor(() => app.Logged("Application is shutting down"), "the app begins to stop");

        long total = received;
        int read;
        while ((read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken)) > 0)
        {
            total += read;
        }

        var html = head[(head.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        Assert.True(total > 4_000_000, $"only {total} bytes arrived");
        Assert.Equal(0, await app.Exited());
        Assert.DoesNotContain(app.Output, l => l.Contains("ERR]", StringComparison.Ordinal) || l.Contains("FTL]", StringComparison.Ordinal));
        Assert.NotEmpty(html);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task A_start_writes_no_key_and_logs_no_warning(string environment, bool homeExists)
    {
        // Development with a home to write in (where keys used to go), and a container's read-only root with none.
        _posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        var scratch = Directory.CreateTempSubdirectory("blog-home-");
        try
        {
            var home = homeExists ? scratch.FullName : Path.Combine(scratch.FullName, "none");
            using var app = await AppProcess.Start(new Dictionary<string, string>
            {
                ["Blog__PostsPath"] = _posts.Path,
                ["ASPNETCORE_ENVIRONMENT"] = environment,
                ["HOME"] = home,
                ["DOTNET_CLI_HOME"] = home,
            });
            using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

            foreach (var path in new[] { "/en/posts/a", "/en/search?q=a", "/theme?to=dark&back=/en" })
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.True(response.IsSuccessStatusCode || (int)response.StatusCode is >= 300 and < 400, $"{path}: {response.StatusCode}");
            }

            app.Terminate();
            Assert.Equal(0, await app.Exited());
            Assert.DoesNotContain(app.Output, line => line.Contains("WRN]", StringComparison.Ordinal));
            Assert.Empty(scratch.EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Select(f => f.FullName));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_log_reader_that_stops_reading_holds_up_no_request()
    {
        _posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        using var app = AppProcess.Launch(new Dictionary<string, string> { ["Blog__PostsPath"] = _posts.Path }, port: FreePort(), readOutput: false);
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        await app.WaitFor(() => Answers(client, "/healthz/ready"), "the app is ready");

        // One request log line each (about 70 bytes): many times what the pipe holds (64 KiB on Linux), and
        // the app answers these pages on the socket thread that writes that line.
        var requests = Task.Run(
            async () =>
            {
                for (var i = 0; i < 3000; i++)
                {
                    using var response = await client.GetAsync(new Uri("/en/posts/a", UriKind.Relative), TestContext.Current.CancellationToken);
                    Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                }
            },
            TestContext.Current.CancellationToken);

        await app.WaitFor(() => requests.IsCompleted, "3000 pages are answered while nobody reads the app's log");
        await requests;
    }

    private static async Task<bool> Answers(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static JsonElement? Parse(string line)
    {
        try
        {
            return JsonDocument.Parse(line).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
