using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

/// <summary>
/// The published app in its own process, in Production, on a real socket, over a small blog of posts
/// about queues: what the attack tests start and send their requests to.
/// </summary>
internal sealed class AttackSite : IDisposable
{
    public const string PostPath = "/en/posts/queues";

    public AttackSite()
    {
        Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        for (var i = 1; i <= 30; i++)
        {
            Posts.Write($"2025-05-{i % 28 + 1:00}-note-{i}.md", Samples.SingleLanguagePost($"A note on queues {i}", $"2025-05-{i % 28 + 1:00}", extra: "keywords: queues"));
        }
    }

    public TempPostsFolder Posts { get; } = new();

    public void Dispose() => Posts.Dispose();

    public Task<AppProcess> Start(params (string Key, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["Blog__PostsPath"] = Posts.Path,

            // A log line per request would measure the console, not the site.
            ["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return AppProcess.Start(environment);
    }

    public static HttpClient Client(Uri origin, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = origin,
        };
}
