using Blog.Content.Catalog;

namespace Blog.Hosting;

/// <summary>
/// Loads every post before Kestrel takes its first request: hosted services start before the server,
/// so readers never see a site that is still loading.
/// </summary>
internal sealed partial class CatalogLoader(
    PostLoader loader, CatalogStore store, SiteSettings settings, ILogger<CatalogLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var result = loader.Load(settings.PostsPath, settings.DefaultLanguage);
        store.Replace(result);
        var catalog = store.Current;
        LogLoaded(
            result.Posts.Count,
            catalog.Languages.Count,
            catalog.Languages,
            result.Failures.Count,
            settings.PostsPath,
            (long)result.Elapsed.TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {PostCount} posts in {LanguageCount} languages ({Languages}), skipped {SkippedCount}, from {PostsPath} in {ElapsedMs} ms")]
    private partial void LogLoaded(int postCount, int languageCount, IReadOnlyList<string> languages, int skippedCount, string postsPath, long elapsedMs);
}
