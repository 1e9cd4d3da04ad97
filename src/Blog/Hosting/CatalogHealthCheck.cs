using Blog.Content.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Blog.Hosting;

/// <summary>
/// Ready once the first load has finished, from a posts folder that exists and holds posts (or is
/// allowed to be empty, <c>Blog:AllowEmpty</c>): a wrong volume mount or path must fail the probe,
/// not serve an empty blog. Healthy when the posts folder was read as it is; Degraded
/// (still serving, still ready) when the last reload failed, a reload is stuck, or a folder cannot be
/// read, since readers then see the posts as they were, not as they are. Skipped files do not make the
/// site unready (the rest is served), but they are listed, by name, for whoever may see them (see
/// <see cref="HealthEndpoints"/>).
/// </summary>
internal sealed class CatalogHealthCheck(CatalogStore store, LoaderHealth loader, SiteSettings settings, IOptions<BlogOptions> options) : IHealthCheck
{
    /// <summary>Why the posts folder makes the site unready: <c>missing</c> or <c>empty</c>.</summary>
    public const string PostsFolder = "postsFolder";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var catalog = store.Current;
        var problems = new List<string>();
        var data = new Dictionary<string, object>
        {
            ["posts"] = catalog.AllPosts.Count,
            ["published"] = catalog.Published.Count,
            ["failed"] = catalog.Failures.Count,
            [HealthDetails.FailedFiles] = catalog.Failures.Select(f => f.ToString()).ToArray(),
        };

        if (loader.Running is { } running && running > options.Value.ReloadStuckAfter)
        {
            problems.Add($"a load has been running for {(long)running.TotalSeconds} s (more than Blog:ReloadStuckAfter); edits since are not on the site");
            data["loadRunningSeconds"] = (long)running.TotalSeconds;
        }

        if (loader.LastFailure is { } failure)
        {
            problems.Add("the last reload failed; the posts loaded before it are served");
            data["lastReloadFailedAt"] = failure.At;
            data[HealthDetails.LastReloadError] = failure.Message;
        }

        if (catalog.UnreadableFolders.Count > 0)
        {
            problems.Add($"{catalog.UnreadableFolders.Count} folder(s) cannot be read; their posts are served as last read");
            data["unreadable"] = catalog.UnreadableFolders.Count;
            data[HealthDetails.UnreadableFolders] = catalog.UnreadableFolders.ToArray();
        }

        var unready = new List<string>();
        if (!store.IsLoaded)
        {
            unready.Add("the posts have not been loaded yet");
        }

        // Asked at each probe, not remembered from the last load: a folder mounted late is seen at once.
        if (!Directory.Exists(settings.PostsPath))
        {
            data[PostsFolder] = "missing";
            data[HealthDetails.PostsPath] = settings.PostsPath;
            if (catalog.AllPosts.Count == 0)
            {
                unready.Add("the posts folder does not exist (check Blog:PostsPath and the volume mount)");
            }
            else
            {
                // Gone after posts were loaded: more often remounted or replaced than emptied, and the
                // loader keeps serving what it read; the site is still worth routing readers to.
                problems.Add("the posts folder does not exist any more; the posts loaded before are served");
            }
        }
        else if (store.IsLoaded && catalog.AllPosts.Count == 0 && !options.Value.AllowEmpty)
        {
            data[PostsFolder] = "empty";
            data[HealthDetails.PostsPath] = settings.PostsPath;
            unready.Add("the posts folder holds no posts (set Blog:AllowEmpty to true to serve an empty blog)");
        }

        if (unready.Count > 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(string.Join("; ", unready.Concat(problems)), data: data));
        }

        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("the posts are loaded", data)
            : HealthCheckResult.Degraded(string.Join("; ", problems), data: data));
    }
}

/// <summary>
/// Alive unless a load has been running past <c>Blog:ReloadDeadAfter</c>: the loader is stuck beyond
/// recovery (a hung file system, say), and only a restart brings edits back.
/// </summary>
internal sealed class LoaderLivenessCheck(LoaderHealth loader, IOptions<BlogOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(loader.Running is { } running && running > options.Value.ReloadDeadAfter
            ? HealthCheckResult.Unhealthy($"a load has been running for {(long)running.TotalSeconds} s, more than Blog:ReloadDeadAfter")
            : HealthCheckResult.Healthy("the process answers"));
}
