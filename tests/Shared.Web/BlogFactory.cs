using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Blog.Testing;

/// <summary>
/// The real app over a real posts folder on disk. Write posts into <see cref="Posts"/> before the
/// first request: like the real site, the app loads them once at startup.
/// </summary>
public sealed class BlogFactory : WebApplicationFactory<Program>
{
    public const string BaseUrl = "https://blog.example";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    internal TempPostsFolder Posts { get; } = new();

    internal LogSink Logs { get; } = new();

    internal string Environment { get; set; } = "Development";

    internal Action<IServiceCollection>? ConfigureTestServices { get; set; }

    internal BlogFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Blog:PostsPath", Posts.Path);
        builder.UseSetting("Blog:BaseUrl", BaseUrl);
        builder.UseSetting("Blog:SiteTitle", "Test Blog");

        // The console sink stays configured but quiet: tests read the log through LogSink.
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Fatal");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            ConfigureTestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Posts.Dispose();
        }
    }
}
