using System.Collections.Concurrent;
using Blog.Content.Catalog;
using Blog.Hosting;

namespace Blog.Caching;

/// <summary>
/// The rendered shared pages of the current catalog. A new catalog starts an empty set (every page may
/// list, link or count the post that changed), swapped in whole like the catalog itself: readers never
/// take a lock. The set holds at most <c>Blog:PageCacheMegabytes</c>; past that, pages are rendered for
/// each request until the next catalog.
/// </summary>
internal sealed class PageCache(CatalogStore store, SiteSettings settings)
{
    private PageSet _set = new(PostCatalog.Empty);

    public bool Enabled => settings.PageCacheBytes > 0;

    /// <summary>Absolute links come from the request when the site's address is not configured.</summary>
    public bool KeysByOrigin => settings.BaseUrl is null;

    public PageSet Current
    {
        get
        {
            var catalog = store.Current;
            var set = Volatile.Read(ref _set);
            if (ReferenceEquals(set.Catalog, catalog))
            {
                return set;
            }

            var fresh = new PageSet(catalog);
            return Interlocked.CompareExchange(ref _set, fresh, set) == set ? fresh : Volatile.Read(ref _set);
        }
    }

    /// <summary>
    /// Keeps a rendered page unless its key is one a client could vary without end to crowd out the real
    /// pages: an address in other than its canonical form (upper case, a trailing slash; the site's own
    /// addresses are lower case), or yet another <c>Host</c> when addresses come from the request.
    /// </summary>
    public bool TryAdd(PageSet set, PageKey key, CachedPage page) =>
        IsCanonical(key.Path) && set.AllowsOrigin(key.Origin) && set.TryAdd(key, page, settings.PageCacheBytes);

    private static bool IsCanonical(string path)
    {
        var end = path.IndexOf('?', StringComparison.Ordinal);
        var address = end < 0 ? path : path[..end];
        return (address.Length == 1 || !address.EndsWith('/'))
            && !address.Contains("//", StringComparison.Ordinal)
            && !address.Any(char.IsUpper);
    }
}

/// <summary>The pages rendered from one catalog.</summary>
internal sealed class PageSet(PostCatalog catalog)
{
    /// <summary>A site is reached under a few names (its domain, www, an IP); more than that is not a reader.</summary>
    public const int MaxOrigins = 4;

    private readonly ConcurrentDictionary<PageKey, CachedPage> _pages = new();

    // Compared as the keys are, exactly: spelling one host in other letter cases is another key.
    private readonly ConcurrentDictionary<string, byte> _origins = new(StringComparer.Ordinal);
    private long _bytes;

    public PostCatalog Catalog { get; } = catalog;

    public int Count => _pages.Count;

    public bool TryGet(PageKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CachedPage? page) =>
        _pages.TryGetValue(key, out page);

    /// <summary>True for no origin, one already kept, or a new one while there is room for it.</summary>
    public bool AllowsOrigin(string? origin)
    {
        if (origin is null || _origins.ContainsKey(origin))
        {
            return true;
        }

        // Two requests may add the same new origin at once; either way it is then kept.
        return _origins.Count < MaxOrigins && (_origins.TryAdd(origin, 0) || _origins.ContainsKey(origin));
    }

    public bool TryAdd(PageKey key, CachedPage page, long limit)
    {
        if (Interlocked.Add(ref _bytes, page.Size) > limit || !_pages.TryAdd(key, page))
        {
            Interlocked.Add(ref _bytes, -page.Size);
            return false;
        }

        return true;
    }
}
