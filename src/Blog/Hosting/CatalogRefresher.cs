using Blog.Content.Catalog;

namespace Blog.Hosting;

/// <summary>
/// Reads the posts folder (only what changed since the last time) and, when anything changed, swaps a
/// new catalog in whole. Used for the first load and for every reload after a change. Each load's
/// progress and outcome go to <see cref="LoaderHealth"/>, so that the probes tell the truth about it.
/// </summary>
internal sealed partial class CatalogRefresher(
    IPostSource source, CatalogStore store, LoaderHealth health, SiteSettings settings, ILogger<CatalogRefresher> logger)
{
    private readonly Lock _gate = new();

    /// <summary>
    /// One refresh at a time, load and swap together: the first load and the watcher's first reload may
    /// overlap, and an older result must never be swapped in after a newer one.
    /// </summary>
    public void Refresh(bool initial)
    {
        lock (_gate)
        {
            RefreshNow(initial);
        }
    }

    private void RefreshNow(bool initial)
    {
        health.Started();
        LoadResult result;
        try
        {
            result = source.Load();
            if (result.Changed || initial)
            {
                store.Replace(result);
            }
        }
        catch (Exception ex)
        {
            health.Failed(ex);
            throw;
        }

        health.Succeeded();
        if (!result.Changed && !initial)
        {
            return;
        }

        var catalog = store.Current;
        if (initial)
        {
            LogLoaded(result.Posts.Count, catalog.Languages.Count, catalog.Languages, result.Failures.Count, settings.PostsPath, (long)result.Elapsed.TotalMilliseconds);
        }
        else
        {
            LogReloaded(result.Posts.Count, result.Failures.Count, result.ParsedFiles, (long)result.Elapsed.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {PostCount} posts in {LanguageCount} languages ({Languages}), skipped {SkippedCount}, from {PostsPath} in {ElapsedMs} ms")]
    private partial void LogLoaded(int postCount, int languageCount, IReadOnlyList<string> languages, int skippedCount, string postsPath, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Reloaded posts: {PostCount} published or scheduled, {SkippedCount} skipped, {ParsedFiles} files read again, in {ElapsedMs} ms")]
    private partial void LogReloaded(int postCount, int skippedCount, int parsedFiles, long elapsedMs);
}
