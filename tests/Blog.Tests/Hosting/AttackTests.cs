using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

/// <summary>
/// The published app in its own process, in Production, on a real socket, under requests a red team
/// sends: cheap requests must stay cheap, and the pages readers read must keep their speed while junk
/// arrives. Throughput is compared as a ratio within one run (the same machine, the same moment), never
/// against an absolute figure; the class runs alone (no other test class of this assembly beside it),
/// so that the rounds compare the attack, not whatever else the test run was doing.
/// </summary>
[Collection(nameof(AttackTests))]
public sealed class AttackTests : IDisposable
{
    private const string PostPath = "/en/posts/queues";
    private const int Readers = 16;
    private const int Attackers = 2;

    /// <summary>
    /// Long enough for thousands of requests a round on this machine, so that a round's rate is not one
    /// stall's; the median of five rounds each way, not the length of a round, keeps the ratio steady.
    /// </summary>
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(0.6);

    private readonly TempPostsFolder _posts = new();

    public AttackTests()
    {
        _posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        for (var i = 1; i <= 30; i++)
        {
            _posts.Write($"2025-05-{i % 28 + 1:00}-note-{i}.md", Samples.SingleLanguagePost($"A note on queues {i}", $"2025-05-{i % 28 + 1:00}", extra: "keywords: queues"));
        }
    }

    public void Dispose() => _posts.Dispose();

    private Task<AppProcess> Start(params (string Key, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["Blog__PostsPath"] = _posts.Path,

            // A log line per request would measure the console, not the site.
            ["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return AppProcess.Start(environment);
    }

    [Fact]
    public async Task A_cached_page_keeps_at_least_half_its_speed_while_junk_requests_arrive()
    {
        using var app = await Start();
        var origin = new Uri(app.BaseUrl);
        // Readers outnumber the attacker, as on the real site (the red team's figures: 256 connections of
        // readers, 8 of junk); here 16 to 2, so that the test's own client is not the bottleneck.
        using var readers = Client(origin, connections: Readers);
        using var attacker = Client(origin, connections: Attackers);
        using var warm = await readers.GetAsync(new Uri(PostPath, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, warm.StatusCode);

        // Warm up first: the app's code is still being compiled to its faster tiers.
        await Throughput(readers, Readers, TimeSpan.FromSeconds(1.5));
        var undisturbed = new List<double>();
        var attacked = new List<double>();
        var attackStatuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        for (var round = 0; round < 5; round++)
        {
            undisturbed.Add(await Throughput(readers, Readers, Round));
            using var stop = new CancellationTokenSource();
            var attack = Enumerable.Range(0, Attackers).Select(a => Attack(attacker, a, attackStatuses, stop.Token)).ToList();
            attacked.Add(await Throughput(readers, Readers, Round));
            await stop.CancelAsync();
            await Task.WhenAll(attack);
        }

        var ratio = Median(undisturbed) / Median(attacked);
        var report = $"undisturbed {string.Join(", ", undisturbed.Select(r => $"{r:F0}"))} req/s; attacked {string.Join(", ", attacked.Select(r => $"{r:F0}"))} req/s; " +
            $"ratio of medians {ratio:F2}; attack answers {string.Join(", ", attackStatuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.True(ratio <= 2, report);
        Assert.DoesNotContain(500, attackStatuses.Keys);
        Assert.True(attackStatuses.Values.Sum() > 0, "the attack sent requests: " + report);
    }

    [Fact]
    public async Task A_request_without_a_host_is_answered_but_never_kept()
    {
        using var app = await Start();
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
        using var app = await Start(("Blog__MaxConnections", "4"));
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
        using var app = await Start(("Blog__MaxConcurrentRenders", "1"), ("Blog__PageCacheMegabytes", "0"));
        var origin = new Uri(app.BaseUrl);
        using var slow = await StartSlowRead(origin, "/en/posts/big");
        var stream = slow.GetStream();
        var buffer = new byte[4096];
        long received = 0;

        // Another reader's page, which needs the only turn, is answered while the first is still being sent.
        using var client = Client(origin, connections: 1);
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
        using var app = await Start(("Blog__RenderBufferMegabytes", "1"), ("Blog__PageCacheMegabytes", "0"));
        var origin = new Uri(app.BaseUrl);
        using var slow = await StartSlowRead(origin, "/en/posts/big");

        // The big page (3.5 MB) waits in memory for its reader, past the 1 MB bound: new renders are
        // refused at once, and cost nothing, until it is sent.
        using var client = Client(origin, connections: 1);
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

    private void WriteBigPost() => _posts.Write("big.md", Samples.BigPost(3_500_000));

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

    private static HttpClient Client(Uri origin, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = origin,
        };

    /// <summary>Requests a second of real readers get through in <paramref name="duration"/>, with <paramref name="loops"/> at once.</summary>
    private static async Task<double> Throughput(HttpClient client, int loops, TimeSpan duration)
    {
        var count = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, loops).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                using var response = await client.GetAsync(new Uri(PostPath, UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
                Interlocked.Increment(ref count);
            }
        }));
        return count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>What the red team sent: other spellings, junk hosts, page numbers and searches, one after another.</summary>
    private static async Task Attack(HttpClient client, int seed, System.Collections.Concurrent.ConcurrentDictionary<int, int> statuses, CancellationToken stop)
    {
        var n = seed * 100_000;
        while (!stop.IsCancellationRequested)
        {
            n++;
            using var request = (n % 5) switch
            {
                0 => new HttpRequestMessage(HttpMethod.Get, PostPath + "/"),
                1 => new HttpRequestMessage(HttpMethod.Get, "/en/POSTS/queues"),
                2 => new HttpRequestMessage(HttpMethod.Get, PostPath) { Headers = { Host = $"junk{n}.example" } },
                3 => new HttpRequestMessage(HttpMethod.Get, $"{PostPath}?page={n}"),
                _ => new HttpRequestMessage(HttpMethod.Get, $"/en/search?q=a&page={n % 3 + 1}"),
            };
            try
            {
                using var response = await client.SendAsync(request, stop);
                await response.Content.ReadAsByteArrayAsync(stop);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, c) => c + 1);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
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

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

/// <summary>Throughput is measured with nothing else of this assembly running beside it.</summary>
[CollectionDefinition(nameof(AttackTests), DisableParallelization = true)]
public sealed class AttackTestsRunAlone;
