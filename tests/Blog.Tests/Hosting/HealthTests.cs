using System.Net;
using System.Text.Json;
using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

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
        _factory.With("Blog:DetailedHealth", "true").With("Blog:ReloadStuckAfter", "00:00:01").With("Blog:ReloadDeadAfter", "00:00:02");
        _factory.ConfigureTestServices = services => source.ReplaceIn(services);
        using var client = _factory.Client();
        Assert.Equal(HttpStatusCode.OK, (await Health(client, "/healthz/ready")).Status);

        source.Stall();
        _factory.Posts.Write("new.md", Samples.SingleLanguagePost("New", "2025-01-02"));
        try
        {
            await Eventually.True(
                async () => (await Health(client, "/healthz/ready")).Json.GetProperty("status").GetString() == "Degraded",
                "readiness reports the stuck reload");
            var (readyStatus, ready) = await Health(client, "/healthz/ready");
            Assert.Equal(HttpStatusCode.OK, readyStatus);
            Assert.Contains("running", ready.GetProperty("checks").GetProperty("catalog").GetProperty("description").GetString(), StringComparison.Ordinal);

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
