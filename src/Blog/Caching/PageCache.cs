using Blog.Content.Catalog;
using Blog.Hosting;

namespace Blog.Caching;

/// <summary>
/// The rendered shared pages of the current catalog. A new catalog starts an empty set (every page may
/// list, link or count the post that changed), swapped in whole like the catalog itself: readers never
/// take a lock. The set holds at most <c>Blog:PageCacheMegabytes</c>; past that, pages are rendered for
/// each request until the next catalog.
/// </summary>
internal sealed class PageCache(CatalogStore store, SiteSettings settings, Localization.SiteLanguages siteLanguages)
{
    private readonly OriginSlots _origins = new();
    private PageSet? _set;

    public bool Enabled => settings.PageCacheBytes > 0;

    /// <summary>Absolute links come from the request when the site's address is not configured.</summary>
    public bool KeysByOrigin => settings.BaseUrl is null;

    public PageSet Current
    {
        get
        {
            var catalog = store.Current;
            var set = Volatile.Read(ref _set);
            if (set is not null && ReferenceEquals(set.Catalog, catalog))
            {
                return set;
            }

            var fresh = new PageSet(catalog, new ReaderLanguages(siteLanguages.Of(catalog), settings.DefaultLanguage));
            if (Interlocked.CompareExchange(ref _set, fresh, set) != set)
            {
                return Volatile.Read(ref _set)!;
            }

            _origins.Decay();
            return fresh;
        }
    }

    /// <summary>
    /// Decides, before anything is spent on keeping it, whether a rendered page of about
    /// <paramref name="bodyBytes"/> may be kept: only under its canonical address (other spellings are
    /// redirected, see <see cref="Routing.CanonicalAddresses"/>), for an origin that holds a slot, and
    /// within the budget. What it admits has its room reserved; <see cref="Keep"/> settles the account.
    /// </summary>
    public Admission? Admit(PageSet set, PageKey key, long bodyBytes)
    {
        if (!Routing.CanonicalAddresses.IsCanonical(key.Path))
        {
            return null;
        }

        OriginSlots.Tally? tally = null;
        if (key.Origin is { } origin)
        {
            tally = _origins.Admit(origin, out var evicted);
            if (tally is null)
            {
                return null;
            }

            if (evicted is not null)
            {
                // The catalog may have changed while the page was rendered: clear the host from both.
                set.RemoveOrigin(evicted);
                Current.RemoveOrigin(evicted);
            }
        }

        var estimate = CachedPage.Estimate(bodyBytes);
        return set.TryReserve(estimate, settings.PageCacheBytes) ? new Admission(set, key, estimate, tally) : null;
    }

    /// <summary>Keeps the page its admission was for, and puts right the room reserved for it.</summary>
    public static void Keep(Admission admission, CachedPage page) =>
        admission.Set.Add(admission.Key, page, admission.Reserved);
}

/// <summary>Room reserved in a page set for a page about to be compressed and kept.</summary>
internal sealed record Admission(PageSet Set, PageKey Key, long Reserved, OriginSlots.Tally? Tally);
