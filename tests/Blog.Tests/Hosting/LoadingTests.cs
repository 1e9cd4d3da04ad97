using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Blog.Testing;
using Blog.Tests.Support;
using Serilog.Events;

namespace Blog.Tests.Hosting;

/// <summary>
/// The server opens while the posts are still loading: a reader who comes in that moment waits for
/// the posts and gets the page, never an empty site, while the probes answer at once. The first load
/// is held open by the test for exactly as long as it needs.
/// </summary>
public sealed class LoadingTests : IDisposable
{
    private readonly BlogFactory _factory = new() { Environment = "Production" };
    private readonly ControlledSource _source = new();

    public LoadingTests()
    {
        _factory.Posts.Write("2025-01-01-ready.md", Samples.SingleLanguagePost("Ready", "2025-01-01"));
        _source.Stall();
        _factory.ConfigureTestServices = _source.ReplaceIn;
    }

    public void Dispose()
    {
        _source.Release();
        _factory.Dispose();
        _source.Dispose();
    }

    [Fact]
    public async Task A_request_during_the_first_load_waits_for_the_posts_and_the_probes_answer_meanwhile()
    {
        var (server, started) = await StartWhileLoading();
        using var client = new HttpClient { BaseAddress = server };

        var page = client.GetAsync(new Uri("/en/posts/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        using (var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        using (var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        Assert.False(page.IsCompleted, "the page was answered before the posts were loaded");
        Assert.False(started.IsCompleted, "the host counted as started before the posts were loaded");

        _source.Release();
        using var response = await page;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ready", (await response.ReadPage()).QuerySelector(".post-version:not([hidden]) h1")!.TextContent);
        await started;
    }

    [Fact]
    public async Task A_reader_who_hangs_up_during_the_first_load_is_not_an_error()
    {
        var (server, started) = await StartWhileLoading();
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(server.Host, server.Port, TestContext.Current.CancellationToken);
            await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes("GET /en/posts/ready HTTP/1.1\r\nHost: localhost\r\n\r\n"), TestContext.Current.CancellationToken);
        }

        await Eventually.True(
            () => Task.FromResult(_factory.Logs.Events.Any(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("/en/posts/ready", StringComparison.Ordinal))),
            "the request that was given up is logged");
        _source.Release();
        await started;

        Assert.Empty(_factory.Logs.Messages(LogEventLevel.Error));
        var logged = _factory.Logs.Messages(LogEventLevel.Information).Single(m => m.Contains("/en/posts/ready", StringComparison.Ordinal));
        Assert.Contains("499", logged, StringComparison.Ordinal);
    }

    /// <summary>Starts the app on a real port with its first load held, and returns once it listens.</summary>
    private async Task<(Uri Server, Task Started)> StartWhileLoading()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        _factory.With("Blog:InlineScheduling", "false");
        _factory.UseKestrel(port);
        var started = Task.Run(_factory.StartServer, TestContext.Current.CancellationToken);
        var server = new Uri($"http://127.0.0.1:{port}");
        await Eventually.True(async () => _source.Entered && await Accepts(server), "the server listens while the first load is held");
        return (server, started);
    }

    private static async Task<bool> Accepts(Uri server)
    {
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync(server.Host, server.Port, TestContext.Current.CancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
