using System.Diagnostics;
using System.Net;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

/// <summary>
/// The pages readers read keep their speed while junk arrives. Throughput is compared as a ratio within
/// one run (the same machine, the same moment), never against an absolute figure; the class runs alone
/// (no other test class of this assembly beside it), so that the rounds compare the attack, not whatever
/// else the test run was doing.
/// </summary>
[Collection(nameof(AttackThroughputTests))]
public sealed class AttackThroughputTests : IDisposable
{
    private const string PostPath = AttackSite.PostPath;
    private const int Readers = 16;
    private const int Attackers = 2;

    /// <summary>
    /// Long enough for thousands of requests a round on this machine, so that a round's rate is not one
    /// stall's; the median of five rounds each way, not the length of a round, keeps the ratio steady.
    /// </summary>
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(0.6);

    private readonly AttackSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_cached_page_keeps_at_least_half_its_speed_while_junk_requests_arrive()
    {
        using var app = await _site.Start();
        var origin = new Uri(app.BaseUrl);
        // Readers outnumber the attacker, as on the real site (the red team's figures: 256 connections of
        // readers, 8 of junk); here 16 to 2, so that the test's own client is not the bottleneck.
        using var readers = AttackSite.Client(origin, connections: Readers);
        using var attacker = AttackSite.Client(origin, connections: Attackers);
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

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

/// <summary>Throughput is measured with nothing else of this assembly running beside it.</summary>
[CollectionDefinition(nameof(AttackThroughputTests), DisableParallelization = true)]
public sealed class AttackThroughputTestsRunAlone;
