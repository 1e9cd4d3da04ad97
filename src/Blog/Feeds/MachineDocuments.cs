using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Blog.Content.Catalog;
using Blog.Localization;
using Blog.Routing;

namespace Blog.Feeds;

/// <summary>
/// Feeds and the sitemap, built once per catalog snapshot and site address, then served from memory
/// until a reload swaps the catalog.
/// </summary>
internal sealed class MachineDocuments(FeedBuilder feeds, SiteLanguages siteLanguages, SiteUrls urls)
{
    private readonly ConditionalWeakTable<PostCatalog, ConcurrentDictionary<string, FeedDocument>> _cache = [];

    public FeedDocument Feed(PostCatalog catalog, HttpRequest request, string? language, FeedFormat format, PostSection? section = null)
    {
        var baseUrl = urls.Absolute(request, string.Empty);
        return Cached(catalog, FeedKey(baseUrl, language, format, section), () => feeds.Build(catalog, baseUrl, language, format, section));
    }

    public FeedDocument Sitemap(PostCatalog catalog, HttpRequest request)
    {
        var baseUrl = urls.Absolute(request, string.Empty);
        return Cached(catalog, SitemapKey(baseUrl), () => SitemapBuilder.Build(catalog, siteLanguages.Of(catalog), baseUrl));
    }

    /// <summary>A site or language feed already built for this snapshot and address, or null: never builds.</summary>
    public FeedDocument? BuiltFeed(PostCatalog catalog, HttpRequest request, string? language, FeedFormat format) =>
        Built(catalog, FeedKey(urls.Absolute(request, string.Empty), language, format, null));

    /// <summary>The sitemap already built for this snapshot and address, or null: never builds.</summary>
    public FeedDocument? BuiltSitemap(PostCatalog catalog, HttpRequest request) =>
        Built(catalog, SitemapKey(urls.Absolute(request, string.Empty)));

    private static string FeedKey(string baseUrl, string? language, FeedFormat format, PostSection? section) =>
        $"{format.FileName}|{language}|{section?.Slug}|{baseUrl}";

    private static string SitemapKey(string baseUrl) => $"sitemap|{baseUrl}";

    private FeedDocument? Built(PostCatalog catalog, string key) =>
        _cache.TryGetValue(catalog, out var documents) && documents.TryGetValue(key, out var document) ? document : null;

    /// <summary>
    /// Without Blog:BaseUrl the address comes from each request's Host header, which any client can set:
    /// only a few addresses' documents are kept per snapshot, so those headers cannot fill the memory.
    /// </summary>
    public const int MaxCachedPerCatalog = 64;

    /// <summary>Every document of the site (two feeds per language and per section and language, the sitemap) for a few hosts.</summary>
    private static int Limit(PostCatalog catalog) =>
        Math.Max(MaxCachedPerCatalog, 4 * (2 + (2 * (catalog.Languages.Count + 1) * (catalog.Sections.Count + 1))));

    /// <summary>How many documents are kept for a snapshot (for tests of the bound).</summary>
    internal int CachedFor(PostCatalog catalog) => _cache.TryGetValue(catalog, out var documents) ? documents.Count : 0;

    private FeedDocument Cached(PostCatalog catalog, string key, Func<FeedDocument> build)
    {
        var documents = _cache.GetValue(catalog, _ => new ConcurrentDictionary<string, FeedDocument>(StringComparer.Ordinal));
        if (documents.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var document = build();
        if (documents.Count < Limit(catalog))
        {
            documents.TryAdd(key, document);
        }

        return document;
    }
}
