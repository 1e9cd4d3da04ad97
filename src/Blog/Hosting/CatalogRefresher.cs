using Blog.Content.Catalog;

namespace Blog.Hosting;

/// <summary>
/// Reads the posts folder (only what changed since the last time) and, when anything changed, swaps a
/// new catalog in whole. Used for the first load and for every reload after a change.
/// </summary>
internal sealed partial class CatalogRefresher(
    PostLoader loader, CatalogStore store, SiteSettings settings, IWebHostEnvironment environment, ILogger<CatalogRefresher> logger)
{
    public void Refresh(bool initial)
    {
        var result = loader.Load(settings.PostsPath, settings.DefaultLanguage, OpenSiteFile, settings.MaxPostBytes);
        if (!result.Changed && !initial)
        {
            return;
        }

        store.Replace(result);
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

    /// <summary>A file of the web root (pictures posts show), to read its size.</summary>
    private Stream? OpenSiteFile(string path) =>
        environment.WebRootFileProvider.GetFileInfo(path) is { Exists: true, IsDirectory: false } file ? file.CreateReadStream() : null;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {PostCount} posts in {LanguageCount} languages ({Languages}), skipped {SkippedCount}, from {PostsPath} in {ElapsedMs} ms")]
    private partial void LogLoaded(int postCount, int languageCount, IReadOnlyList<string> languages, int skippedCount, string postsPath, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Reloaded posts: {PostCount} published or scheduled, {SkippedCount} skipped, {ParsedFiles} files read again, in {ElapsedMs} ms")]
    private partial void LogReloaded(int postCount, int skippedCount, int parsedFiles, long elapsedMs);
}
