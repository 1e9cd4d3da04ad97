using System.Net;
using System.Text.Json;
using Blog.Routing;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Blog.Hosting;

/// <summary>
/// <c>/healthz/live</c>: the process answers and its loader is not stuck beyond recovery.
/// <c>/healthz/ready</c>: the posts are loaded, with how many, which files failed, and whether the
/// loader is keeping up. Orchestrators restart on the first and route traffic on the second. Both answer
/// GET and HEAD only, and are never rate limited.
/// </summary>
internal static class HealthEndpoints
{
    /// <summary>Where the probes live; they answer even while the posts are first loading.</summary>
    public const string Prefix = "/healthz";

    private const string ReadyTag = "ready";
    private const string LiveTag = "live";

    public static IServiceCollection AddBlogHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<CatalogHealthCheck>("catalog", tags: [ReadyTag])
            .AddCheck<LoaderLivenessCheck>("loader", tags: [LiveTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapBlogHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, tag) in new[] { ("/live", LiveTag), ("/ready", ReadyTag) })
        {
            endpoints.MapHealthChecks(Prefix + path, new HealthCheckOptions { Predicate = check => check.Tags.Contains(tag), ResponseWriter = Write })
                .WithMetadata(ReadOnlyMethods.Metadata)
                .DisableRateLimiting();
        }

        return endpoints;
    }

    private static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var detailed = context.RequestServices.GetRequiredService<IOptions<BlogOptions>>().Value.DetailedHealth || IsLocal(context);
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    status = e.Value.Status.ToString(),
                    description = e.Value.Description,
                    data = e.Value.Data.Where(d => detailed || !HealthDetails.IsPrivate(d.Key)).ToDictionary(d => d.Key, d => d.Value),
                }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    /// <summary>
    /// From this machine, and not passed on by a proxy on it (which would make every client look local):
    /// a proxy says whom it forwards for.
    /// </summary>
    private static bool IsLocal(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
        && !context.Request.Headers.ContainsKey("X-Forwarded-For") && !context.Request.Headers.ContainsKey("Forwarded");
}

/// <summary>
/// Health data for operators only: file and folder names and error messages say how the server is laid
/// out and what it runs. Shown with <c>Blog:DetailedHealth</c>, or to requests from this machine.
/// </summary>
internal static class HealthDetails
{
    public const string FailedFiles = "failedFiles";
    public const string LastReloadError = "lastReloadError";
    public const string UnreadableFolders = "unreadableFolders";
    public const string PostsPath = "postsPath";

    public static bool IsPrivate(string key) => key is FailedFiles or LastReloadError or UnreadableFolders or PostsPath;
}
