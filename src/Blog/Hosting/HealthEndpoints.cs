using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Blog.Hosting;

/// <summary>
/// <c>/healthz/live</c>: the process answers. <c>/healthz/ready</c>: the posts are loaded, with how
/// many, and which files failed. Orchestrators restart on the first and route traffic on the second.
/// </summary>
internal static class HealthEndpoints
{
    /// <summary>Where the probes live; they answer even while the posts are first loading.</summary>
    public const string Prefix = "/healthz";

    private const string ReadyTag = "ready";

    public static IServiceCollection AddBlogHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapBlogHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Prefix + "/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write });
        endpoints.MapHealthChecks(Prefix + "/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = Write });
        return endpoints;
    }

    private static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
