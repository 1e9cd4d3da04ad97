using System.Net;
using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.Extensions.Options;
using Serilog.Events;

namespace Blog.Tests.Hosting;

public sealed class StartupTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_broken_post_is_skipped_and_named_in_the_log_while_the_rest_is_served()
    {
        _factory.Posts.Write("2025-01-01-good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));
        _factory.Posts.Write("2025-01-02-broken.md", "---\ndate: 2025-01-02\ntitle: Broken: a colon in a plain value\n---\nText\n");
        _factory.Posts.Write("2025-01-03-also-good.md", Samples.BilingualPost);
        using var client = _factory.Client();

        var home = await client.GetOkPage("/");

        Assert.Equal(2, home.QuerySelectorAll(".post-summary").Length);
        var warning = Assert.Single(_factory.Logs.Messages(LogEventLevel.Warning));
        Assert.Contains("2025-01-02-broken.md", warning, StringComparison.Ordinal);
        Assert.Contains("line 3, column 14", warning, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPage("/en/posts/broken")).Status);
    }

    [Fact]
    public async Task One_startup_line_says_what_was_loaded()
    {
        _factory.Posts.Write("a.md", Samples.BilingualPost);
        _factory.Posts.Write("b.md", Samples.SingleLanguagePost("B", "2025-01-01"));
        _factory.Posts.Write("c.md", string.Empty);
        using var client = _factory.Client();

        await client.GetOkPage("/");

        var loaded = Assert.Single(_factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Loaded", StringComparison.Ordinal));
        Assert.Equal("2", loaded.Properties["PostCount"].ToString());
        Assert.Equal("2", loaded.Properties["LanguageCount"].ToString());
        Assert.Equal("1", loaded.Properties["SkippedCount"].ToString());
        Assert.True(loaded.Properties.ContainsKey("ElapsedMs"));
    }

    [Fact]
    public async Task A_missing_posts_folder_starts_an_empty_site_with_a_warning()
    {
        _factory.With("Blog:PostsPath", Path.Combine(_factory.Posts.Path, "missing"));
        using var client = _factory.Client();

        var home = await client.GetOkPage("/");

        Assert.NotNull(home.QuerySelector(".empty-state"));
        Assert.Contains(_factory.Logs.Messages(LogEventLevel.Warning), m => m.Contains("does not exist", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Blog:BaseUrl", "not a url", "Blog:BaseUrl")]
    [InlineData("Blog:DefaultLanguage", "english please", "Blog:DefaultLanguage")]
    [InlineData("Blog:SiteTitle", " ", "Blog:SiteTitle")]
    [InlineData("Blog:PageCacheMegabytes", "-1", "Blog:PageCacheMegabytes")]
    [InlineData("Blog:MaxPostBytes", "100", "Blog:MaxPostBytes")]
    [InlineData("Blog:MaxConnections", "0", "Blog:MaxConnections")]
    [InlineData("Blog:RenderBufferMegabytes", "0", "Blog:RenderBufferMegabytes")]
    [InlineData("Blog:MaxConcurrentRenders", "0", "Blog:MaxConcurrentRenders")]
    [InlineData("Blog:RenderQueueLimit", "-1", "Blog:RenderQueueLimit")]
    [InlineData("Blog:ReloadStuckAfter", "00:00:00", "Blog:ReloadStuckAfter")]
    [InlineData("Blog:KeepAliveTimeout", "00:00:00", "Blog:KeepAliveTimeout")]
    public void Invalid_settings_stop_the_app_at_startup_naming_the_setting(string key, string value, string named)
    {
        _factory.With(key, value);

        var error = Assert.Throws<OptionsValidationException>(() => _factory.CreateClient());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_logging_records_each_request()
    {
        using var client = _factory.Client();

        await client.GetPage("/");

        Assert.Contains(_factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal)
            && e.Properties["RequestPath"].ToString() == "\"/\"");
    }
}
