using System.Net;
using System.Text.Json;
using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Blog.Tests.Hosting;

public sealed class HealthTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Live_says_the_process_answers()
    {
        using var client = _factory.Client();

        var (status, json) = await Health(client, "/healthz/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_reports_the_posts_loaded_and_the_files_that_failed_by_name()
    {
        _factory.With("Blog:DetailedHealth", "true");
        WriteGoodDraftAndBroken();
        using var client = _factory.Client();

        using var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var data = json.RootElement.GetProperty("checks").GetProperty("catalog").GetProperty("data");
        Assert.Equal(2, data.GetProperty("posts").GetInt32());
        Assert.Equal(1, data.GetProperty("published").GetInt32());
        Assert.Equal(1, data.GetProperty("failed").GetInt32());
        Assert.StartsWith("broken.md", data.GetProperty("failedFiles")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_names_and_messages_are_kept_from_the_public_unless_detailed_health_is_on()
    {
        WriteGoodDraftAndBroken();
        using var client = _factory.Client();

        var (status, json) = await Health(client, "/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        var data = json.GetProperty("checks").GetProperty("catalog").GetProperty("data");
        Assert.Equal(1, data.GetProperty("failed").GetInt32());
        Assert.False(data.TryGetProperty("failedFiles", out _), data.ToString());
        Assert.DoesNotContain("broken.md", json.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("TRACE")]
    public async Task Probes_answer_only_get_and_head(string method)
    {
        _factory.With("Blog:AllowEmpty", "true");
        using var client = _factory.Client();
        foreach (var path in new[] { "/healthz/live", "/healthz/ready" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }

        using var head = new HttpRequestMessage(HttpMethod.Head, new Uri("/healthz/ready", UriKind.Relative));
        using var ok = await client.SendAsync(head, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_stuck_reload_is_reported_by_ready_and_past_its_limit_fails_live()
    {
        using var source = new ControlledSource();
        var clock = new ManualClock(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        _factory.With("Blog:DetailedHealth", "true").With("Blog:ReloadStuckAfter", "00:00:01").With("Blog:ReloadDeadAfter", "00:00:02").With("Blog:AllowEmpty", "true");
        _factory.ConfigureTestServices = services =>
        {
            source.ReplaceIn(services);
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        };
        using var client = _factory.Client();
        Assert.Equal(HttpStatusCode.OK, (await Health(client, "/healthz/ready")).Status);
        var loader = _factory.Services.GetRequiredService<LoaderHealth>();

        source.Stall();
        _factory.Posts.Write("new.md", Samples.SingleLanguagePost("New", "2025-01-02"));
        try
        {
            // The clock moves only once the reload has begun, so "stuck" is measured from its start.
            await Eventually.True(() => Task.FromResult(loader.Running is not null), "the reload begins");
            Assert.Equal("Healthy", (await Health(client, "/healthz/ready")).Json.GetProperty("status").GetString());

            clock.Now += TimeSpan.FromSeconds(1.5);
            await Eventually.True(
                async () => (await Health(client, "/healthz/ready")).Json.GetProperty("status").GetString() == "Degraded",
                "readiness reports the stuck reload");
            var (readyStatus, ready) = await Health(client, "/healthz/ready");
            Assert.Equal(HttpStatusCode.OK, readyStatus);
            Assert.Contains("running", ready.GetProperty("checks").GetProperty("catalog").GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await Health(client, "/healthz/live")).Status);

            clock.Now += TimeSpan.FromSeconds(1);
            await Eventually.True(
                async () => (await Health(client, "/healthz/live")).Status == HttpStatusCode.ServiceUnavailable,
                "liveness fails once the reload is stuck past Blog:ReloadDeadAfter");
        }
        finally
        {
            source.Release();
        }

        await Eventually.True(async () => (await Health(client, "/healthz/live")).Status == HttpStatusCode.OK, "liveness recovers once the load finishes");
    }

    [Fact]
    public async Task A_failed_reload_is_reported_until_a_reload_succeeds()
    {
        using var source = new ControlledSource();
        _factory.With("Blog:DetailedHealth", "true");
        _factory.ConfigureTestServices = services => source.ReplaceIn(services);
        _factory.Posts.Write("good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));
        using var client = _factory.Client();
        Assert.Equal("Healthy", (await Health(client, "/healthz/ready")).Json.GetProperty("status").GetString());

        source.FailWith(new InsufficientMemoryException("simulated: the reload ran out of memory"));
        _factory.Posts.Write("new.md", Samples.SingleLanguagePost("New", "2025-01-02"));
        await Eventually.True(
            async () => (await Health(client, "/healthz/ready")).Json.GetProperty("status").GetString() == "Degraded",
            "readiness reports the failed reload");
        var data = (await Health(client, "/healthz/ready")).Json.GetProperty("checks").GetProperty("catalog").GetProperty("data");
        Assert.Contains("ran out of memory", data.GetProperty("lastReloadError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, data.GetProperty("published").GetInt32());

        source.FailWith(null);
        _factory.Posts.Write("newer.md", Samples.SingleLanguagePost("Newer", "2025-01-03"));
        await Eventually.True(
            async () => (await Health(client, "/healthz/ready")).Json.GetProperty("status").GetString() == "Healthy",
            "readiness is healthy again after a good reload");
    }

    [Fact]
    public async Task Ready_fails_while_the_posts_folder_is_missing_says_why_and_recovers_when_it_appears()
    {
        // A volume mounted at the wrong place: the configured folder is not there.
        var folder = Path.Combine(_factory.Posts.Path, "mounted-later");
        _factory.With("Blog:PostsPath", folder).With("Blog:PollingInterval", "00:00:00.1");
        using var client = _factory.Client();

        var (status, json) = await Health(client, "/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var catalog = json.GetProperty("checks").GetProperty("catalog");
        Assert.Equal("Unhealthy", catalog.GetProperty("status").GetString());
        Assert.Contains("does not exist", catalog.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("missing", catalog.GetProperty("data").GetProperty("postsFolder").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Health(client, "/healthz/live")).Status);

        _factory.Posts.Write("mounted-later/a.md", Samples.SingleLanguagePost("A", "2025-01-01"));

        await Eventually.True(async () => (await Health(client, "/healthz/ready")).Status == HttpStatusCode.OK, "readiness passes once the folder is there with posts");
        var data = (await Health(client, "/healthz/ready")).Json.GetProperty("checks").GetProperty("catalog").GetProperty("data");
        Assert.Equal(1, data.GetProperty("published").GetInt32());
        Assert.False(data.TryGetProperty("postsFolder", out _), data.ToString());
    }

    [Fact]
    public async Task Ready_fails_for_an_empty_posts_folder_says_why_and_recovers_when_a_post_arrives()
    {
        using var client = _factory.Client();

        var (status, json) = await Health(client, "/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var catalog = json.GetProperty("checks").GetProperty("catalog");
        Assert.Contains("Blog:AllowEmpty", catalog.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("empty", catalog.GetProperty("data").GetProperty("postsFolder").GetString());

        _factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));

        await Eventually.True(async () => (await Health(client, "/healthz/ready")).Status == HttpStatusCode.OK, "readiness passes once a post is there");
    }

    [Fact]
    public async Task An_empty_posts_folder_is_ready_when_allowed()
    {
        _factory.With("Blog:AllowEmpty", "true");
        using var client = _factory.Client();

        var (status, json) = await Health(client, "/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_missing_posts_folder_is_not_ready_even_when_empty_is_allowed()
    {
        _factory.With("Blog:PostsPath", Path.Combine(_factory.Posts.Path, "missing")).With("Blog:AllowEmpty", "true");
        using var client = _factory.Client();

        var (status, json) = await Health(client, "/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("missing", json.GetProperty("checks").GetProperty("catalog").GetProperty("data").GetProperty("postsFolder").GetString());
    }

    [Fact]
    public async Task The_posts_folder_path_is_kept_from_the_public_unless_detailed_health_is_on()
    {
        using var client = _factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz/ready", UriKind.Relative));

        // What a proxy in front of the app adds: the client is not this machine.
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("\"postsFolder\":\"empty\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(_factory.Posts.Path, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posts_folder_gone_after_its_posts_were_loaded_is_reported_while_they_are_still_served()
    {
        var folder = Path.Combine(_factory.Posts.Path, "mounted");
        _factory.Posts.Write("mounted/a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        _factory.With("Blog:PostsPath", folder);
        using var client = _factory.Client();
        Assert.Equal(HttpStatusCode.OK, (await Health(client, "/healthz/ready")).Status);

        // Gone at once, as an unmount does (deleting its files one by one would be an author emptying it).
        Directory.Move(folder, folder + "-unmounted");

        var (status, json) = await Health(client, "/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", json.GetProperty("status").GetString());
        Assert.Equal("missing", json.GetProperty("checks").GetProperty("catalog").GetProperty("data").GetProperty("postsFolder").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetPage("/en/posts/a")).Status);
    }

    private void WriteGoodDraftAndBroken()
    {
        _factory.Posts.Write("good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));
        _factory.Posts.Write("draft.md", Samples.SingleLanguagePost("Draft", "2025-01-01", extra: "draft: true"));
        _factory.Posts.Write("broken.md", "---\ntitle: [broken\n---\n");
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> Health(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (response.StatusCode, json.RootElement.Clone());
    }
}
