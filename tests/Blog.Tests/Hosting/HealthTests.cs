using System.Net;
using System.Text.Json;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

public sealed class HealthTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Live_says_the_process_answers()
    {
        using var client = _factory.Client();

        using var response = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_reports_the_posts_loaded_and_the_files_that_failed_by_name()
    {
        _factory.Posts.Write("good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));
        _factory.Posts.Write("draft.md", Samples.SingleLanguagePost("Draft", "2025-01-01", extra: "draft: true"));
        _factory.Posts.Write("broken.md", "---\ntitle: [broken\n---\n");
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
}
