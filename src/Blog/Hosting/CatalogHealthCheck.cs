using Blog.Content.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Blog.Hosting;

/// <summary>
/// Ready once the first load has finished. Skipped files do not make the site unready (the rest is
/// served), but they are listed, by name, for whoever looks.
/// </summary>
internal sealed class CatalogHealthCheck(CatalogStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!store.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the posts have not been loaded yet"));
        }

        var catalog = store.Current;
        var data = new Dictionary<string, object>
        {
            ["posts"] = catalog.AllPosts.Count,
            ["published"] = catalog.Published.Count,
            ["failed"] = catalog.Failures.Count,
            ["failedFiles"] = catalog.Failures.Select(f => f.ToString()).ToArray(),
        };
        return Task.FromResult(HealthCheckResult.Healthy("the posts are loaded", data));
    }
}
