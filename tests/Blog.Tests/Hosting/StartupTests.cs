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
        Assert.StartsWith("Loaded 2 posts in 2 languages (en, vi), skipped 1, from ", Render(loaded), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_startup_line_counts_in_english_one_post_in_one_language()
    {
        _factory.Posts.Write("b.md", Samples.SingleLanguagePost("B", "2025-01-01"));
        using var client = _factory.Client();

        await client.GetOkPage("/");

        var loaded = Assert.Single(_factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Loaded", StringComparison.Ordinal));
        Assert.StartsWith("Loaded 1 post in 1 language (en), skipped 0, from ", Render(loaded), StringComparison.Ordinal);
        Assert.Equal("1", loaded.Properties["LanguageCount"].ToString());
    }

    [Fact]
    public async Task A_reload_of_one_file_says_one_file()
    {
        _factory.Posts.Write("b.md", Samples.SingleLanguagePost("B", "2025-01-01"));
        using var client = _factory.Client();
        await client.GetOkPage("/");

        _factory.Posts.Write("c.md", Samples.SingleLanguagePost("C", "2025-01-02"));

        await Eventually.True(
            () => Task.FromResult(_factory.Logs.Messages(LogEventLevel.Information).Any(m => m.StartsWith("Reloaded posts", StringComparison.Ordinal) && m.Contains(", 1 file read again, ", StringComparison.Ordinal))),
            "the reload of the new file is logged in the singular",
            onTimeout: () => string.Join('\n', _factory.Logs.Messages(LogEventLevel.Information)));
    }

    [Fact]
    public async Task A_start_logs_no_warning()
    {
        _factory.Posts.Write("b.md", Samples.SingleLanguagePost("B", "2025-01-01"));
        using var client = _factory.Client();

        await client.GetOkPage("/en/posts/b");
        await client.GetOkPage("/en/search?q=b");

        Assert.Empty(_factory.Logs.Events.Where(e => e.Level >= LogEventLevel.Warning).Select(Render));
    }

    private static string Render(LogEvent logEvent) => logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);

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
