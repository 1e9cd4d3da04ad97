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
    /// <param name="changedPostFiles">The posts folder's files a watcher saw change (relative); null reads the whole folder.</param>
    public void Refresh(bool initial, IReadOnlyCollection<string>? changedPostFiles = null)
    {
        lock (_gate)
        {
            RefreshNow(initial, changedPostFiles);
        }
    }

    /// <summary>Makes ready for the next reload of named files (after a whole read, while nothing waits); cheap when ready.</summary>
    public void Prepare()
    {
        lock (_gate)
        {
            source.Prepare();
        }
    }

    private void RefreshNow(bool initial, IReadOnlyCollection<string>? changedPostFiles)
    {
        health.Started();
        LoadResult result;
        var patched = false;
        try
        {
            result = changedPostFiles is null ? source.Load() : source.Load(changedPostFiles);
            if (result.Changed || initial)
            {
                patched = store.Replace(result);
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
        var reading = How(result.Patched, patched);
        if (initial)
        {
            LogLoaded(result.Posts.Count, catalog.Languages, result.Failures.Count, settings.PostsPath, (long)result.Elapsed.TotalMilliseconds);
        }
        else if (result.ParsedFiles == 1)
        {
            LogReloadedOneFile(result.Posts.Count, result.Failures.Count, result.ParsedFiles, (long)result.Elapsed.TotalMilliseconds, reading);
        }
        else
        {
            LogReloaded(result.Posts.Count, result.Failures.Count, result.ParsedFiles, (long)result.Elapsed.TotalMilliseconds, reading);
        }
    }

    /// <summary>What the reload had to read and build: an edit should read the files named and patch the catalog.</summary>
    private static string How(bool loadPatched, bool catalogPatched) => (loadPatched, catalogPatched) switch
    {
        (true, true) => "named files, catalog patched",
        (true, false) => "named files, catalog rebuilt",
        _ => "whole folder",
    };

    /// <summary>
    /// One line an operator reads as English ("1 post in 1 language (en)"), with the same properties
    /// whichever the wording, for whoever reads the log as data. A template is a constant, so each
    /// singular and plural has its own. The language list is written as is (<c>:l</c>), not as a quoted string.
    /// </summary>
    private void LogLoaded(int posts, IReadOnlyList<string> languages, int skipped, string path, long elapsedMs)
    {
        var list = string.Join(", ", languages);
        switch ((posts, languages.Count))
        {
            case (_, 0):
                LogLoadedNothing(posts, languages.Count, skipped, path, elapsedMs);
                break;
            case (1, 1):
                LogLoadedOneInOne(posts, languages.Count, list, skipped, path, elapsedMs);
                break;
            case (1, _):
                LogLoadedOneInMany(posts, languages.Count, list, skipped, path, elapsedMs);
                break;
            case (_, 1):
                LogLoadedManyInOne(posts, languages.Count, list, skipped, path, elapsedMs);
                break;
            default:
                LogLoadedManyInMany(posts, languages.Count, list, skipped, path, elapsedMs);
                break;
        }
    }

    private const string LoadedTail = "skipped {SkippedCount}, from {PostsPath} in {ElapsedMs} ms";

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {PostCount} posts in {LanguageCount} languages, " + LoadedTail)]
    private partial void LogLoadedNothing(int postCount, int languageCount, int skippedCount, string postsPath, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {PostCount} post in {LanguageCount} language ({Languages:l}), " + LoadedTail)]
    private partial void LogLoadedOneInOne(int postCount, int languageCount, string languages, int skippedCount, string postsPath, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {PostCount} post in {LanguageCount} languages ({Languages:l}), " + LoadedTail)]
    private partial void LogLoadedOneInMany(int postCount, int languageCount, string languages, int skippedCount, string postsPath, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {PostCount} posts in {LanguageCount} language ({Languages:l}), " + LoadedTail)]
    private partial void LogLoadedManyInOne(int postCount, int languageCount, string languages, int skippedCount, string postsPath, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {PostCount} posts in {LanguageCount} languages ({Languages:l}), " + LoadedTail)]
    private partial void LogLoadedManyInMany(int postCount, int languageCount, string languages, int skippedCount, string postsPath, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Reloaded posts: {PostCount} published or scheduled, {SkippedCount} skipped, {ParsedFiles} files read again, in {ElapsedMs} ms ({Reading:l})")]
    private partial void LogReloaded(int postCount, int skippedCount, int parsedFiles, long elapsedMs, string reading);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Reloaded posts: {PostCount} published or scheduled, {SkippedCount} skipped, {ParsedFiles} file read again, in {ElapsedMs} ms ({Reading:l})")]
    private partial void LogReloadedOneFile(int postCount, int skippedCount, int parsedFiles, long elapsedMs, string reading);
}
