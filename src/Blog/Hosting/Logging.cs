using Serilog;

namespace Blog.Hosting;

/// <summary>
/// Serilog from the <c>Serilog</c> section, with its sinks behind a background queue: the request log is
/// written on the socket thread while <c>Blog:InlineScheduling</c> is on, and a console (or a pipe a log
/// collector reads slowly) must never hold that thread. The section keeps its usual shape
/// (<c>Serilog:WriteTo:0:Args:formatter</c> still picks the JSON formatter).
/// </summary>
internal static class Logging
{
    private const string Section = "Serilog";
    private const string Sinks = Section + ":WriteTo";

    /// <summary>
    /// Events the queue could not take (a sink far slower than the requests): dropped, not waited for, so
    /// that a busy site loses log lines rather than answers.
    /// </summary>
    private const int QueueLength = 10_000;

    public static IServiceCollection AddBlogLogging(this IServiceCollection services) =>
        services.AddSerilog(
            (provider, logger) =>
            {
                var configuration = provider.GetRequiredService<IConfiguration>();

                // Levels and their overrides stay on the root logger: a sub-logger ignores overrides.
                logger.ReadFrom.Configuration(Without(configuration, Sinks))
                    .WriteTo.Async(queue => queue.Logger(sinks => sinks.MinimumLevel.Verbose().ReadFrom.Configuration(Only(configuration, Sinks))), QueueLength)

                    // Sinks registered as services (the tests' log capture) are in-memory and stay synchronous:
                    // a test reads what the app logged as soon as the request that logged it has returned.
                    .ReadFrom.Services(provider)
                    .Enrich.FromLogContext();
            },
            preserveStaticLogger: true);

    private static IConfiguration Without(IConfiguration configuration, string prefix) => Copy(configuration, key => !Under(key, prefix));

    private static IConfiguration Only(IConfiguration configuration, string prefix) => Copy(configuration, key => Under(key, prefix) || Under(key, Section + ":Using"));

    private static bool Under(string key, string prefix) =>
        key.Equals(prefix, StringComparison.OrdinalIgnoreCase) || key.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>Serilog</c> section's settings that pass the filter, as configuration of their own.</summary>
    private static IConfiguration Copy(IConfiguration configuration, Func<string, bool> keep) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(configuration.GetSection(Section).AsEnumerable().Where(setting => keep(setting.Key)))
            .Build();
}
