using System.Net;
using System.Net.Sockets;
using System.Text;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

/// <summary>
/// The published app under requests a red team sends: a request without a host, more connections than
/// allowed, readers who do not read. Cheap requests stay cheap and the limits hold.
/// </summary>
public sealed class AttackTests : IDisposable
{
    private const string PostPath = AttackSite.PostPath;

    private readonly AttackSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_request_without_a_host_is_answered_but_never_kept()
    {
        using var app = await _site.Start();
        var origin = new Uri(app.BaseUrl);

        var first = await Raw(origin, $"GET {PostPath} HTTP/1.0\r\n\r\n");
        var second = await Raw(origin, $"GET {PostPath} HTTP/1.0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200", first, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 200", second, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nETag:", second, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Connections_past_the_limit_are_refused_until_one_closes()
    {
        using var app = await _site.Start(("Blog__MaxConnections", "4"));
        var origin = new Uri(app.BaseUrl);
        var idle = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                var tcp = new TcpClient();
                await tcp.ConnectAsync(origin.Host, origin.Port, TestContext.Current.CancellationToken);
                idle.Add(tcp);

                // One answered request makes sure the server has taken this connection in (it does so on
                // the thread pool, in no fixed order); it then stays open, idle, as a keep-alive connection.
                await KeepAliveRequest(tcp);
            }

            // Kestrel counts a connection once it has accepted it: the fifth is closed without an answer.
            var answer = "(none yet)";
            await Eventually.True(
                async () => (answer = await Raw(origin, "GET /healthz/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")) == string.Empty,
                "a connection past the limit is closed",
                onTimeout: () => $"the fifth connection got: {answer}\napp output:\n{string.Join('\n', app.Output.TakeLast(30))}");

            idle[0].Dispose();
            idle.RemoveAt(0);
            await app.WaitFor(
                async () => (await Raw(origin, "GET /healthz/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).StartsWith("HTTP/1.1 200", StringComparison.Ordinal),
                "a connection is served again once one closed");
        }
        finally
        {
            idle.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task A_reader_who_does_not_read_cannot_hold_the_turn_of_others()
    {
        WriteBigPost();
        using var app = await _site.Start(("Blog__MaxConcurrentRenders", "1"), ("Blog__PageCacheMegabytes", "0"));
        var origin = new Uri(app.BaseUrl);
        using var slow = await StartSlowRead(origin, "/en/posts/big");
        var stream = slow.GetStream();
        var buffer = new byte[4096];
        long received = 0;

        // Another reader's page, which needs the only turn, is answered while the first is still being sent.
        using var client = AttackSite.Client(origin, connections: 1);
        client.Timeout = TimeSpan.FromSeconds(30);
        using var other = await client.GetAsync(new Uri(PostPath, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        int read;
        while ((read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken)) > 0)
        {
            received += read;
        }

        Assert.True(received > 3_500_000, $"the slow reader's page was cut off after {received} bytes: its turn was taken from it, not given back");
    }

    [Fact]
    public async Task Rendered_pages_waiting_for_slow_readers_are_bounded_in_memory()
    {
        WriteBigPost();
        using var app = await _site.Start(("Blog__RenderBufferMegabytes", "1"), ("Blog__PageCacheMegabytes", "0"));
        var origin = new Uri(app.BaseUrl);
        using var slow = await StartSlowRead(origin, "/en/posts/big");

        // The big page (3.5 MB) waits in memory for its reader, past the 1 MB bound: new renders are
        // refused at once, and cost nothing, until it is sent.
        using var client = AttackSite.Client(origin, connections: 1);
        using var refused = await client.GetAsync(new Uri(PostPath, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());

        var stream = slow.GetStream();
        var buffer = new byte[64 * 1024];
        while (await stream.ReadAsync(buffer, TestContext.Current.CancellationToken) > 0)
        {
        }

        await app.WaitFor(
            async () =>
            {
                using var again = await client.GetAsync(new Uri(PostPath, UriKind.Relative), TestContext.Current.CancellationToken);
                return again.StatusCode == HttpStatusCode.OK;
            },
            "renders are served again once the big page has been sent");
    }

    private void WriteBigPost() => _site.Posts.Write("big.md", Samples.BigPost(3_500_000));

    /// <summary>A client with a tiny window that reads the first bytes of a page, then stops reading.</summary>
    private static async Task<TcpClient> StartSlowRead(Uri origin, string path)
    {
        var slow = new TcpClient { ReceiveBufferSize = 4096 };
        await slow.ConnectAsync(origin.Host, origin.Port, TestContext.Current.CancellationToken);
        var stream = slow.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);
        var buffer = new byte[4096];
        var received = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken);
        Assert.StartsWith("HTTP/1.1 200", Encoding.ASCII.GetString(buffer, 0, received), StringComparison.Ordinal);
        return slow;
    }

    private static async Task KeepAliveRequest(TcpClient tcp)
    {
        var stream = tcp.GetStream();
        await stream.WriteAsync("HEAD /healthz/live HTTP/1.1\r\nHost: localhost\r\n\r\n"u8.ToArray(), TestContext.Current.CancellationToken);
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken);
            Assert.True(read > 0, "the server closed a connection within the limit: " + head);
            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        Assert.StartsWith("HTTP/1.1 200", head.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Sends bytes as written and returns what came back before the server closed ("" when it closed at once).</summary>
    private static async Task<string> Raw(Uri origin, string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(origin.Host, origin.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
