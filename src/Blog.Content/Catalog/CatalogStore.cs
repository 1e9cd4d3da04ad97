namespace Blog.Content.Catalog;

/// <summary>
/// Holds the current <see cref="PostCatalog"/>. Readers take a reference and never lock; a reload
/// swaps in a whole new snapshot with one write, so nobody sees a half-updated site.
/// </summary>
public sealed class CatalogStore(TimeProvider time)
{
    private PostCatalog _catalog = PostCatalog.Empty;
    private volatile bool _loaded;

    /// <summary>True once the first load has finished, even if it found no posts.</summary>
    public bool IsLoaded => _loaded;

    public PostCatalog Current
    {
        get
        {
            var catalog = Volatile.Read(ref _catalog);
            var now = time.GetUtcNow();
            if (now < catalog.ValidUntil)
            {
                return catalog;
            }

            // A scheduled post's time has come: publish it without waiting for a reload.
            var fresh = catalog.At(now);
            Interlocked.CompareExchange(ref _catalog, fresh, catalog);
            return fresh;
        }
    }

    /// <summary>
    /// Swaps in a snapshot of the result. A result patched from the one the current snapshot was made of
    /// patches the snapshot too (see <see cref="PostCatalog"/>): the same snapshot, at the cost of the change.
    /// </summary>
    /// <returns>Whether the snapshot was patched, rather than built whole.</returns>
    public bool Replace(LoadResult result)
    {
        var now = time.GetUtcNow();
        var current = Volatile.Read(ref _catalog);
        var patched = result.Changes is { } changes && ReferenceEquals(result.PatchedFrom, current.AllPosts)
            && ReferenceEquals(result.Pages, current.Parts.Pages) && ReferenceEquals(result.Intros, current.Parts.Intros) && result.Permalink == current.Parts.Permalink
            ? current.Patch(result.Posts, result.Failures, changes, now, result.UnreadableFolders)
            : null;
        Volatile.Write(ref _catalog, patched ?? new PostCatalog(result.Posts, result.Failures, now, new SiteParts(result.Pages, result.Intros, result.Permalink))
        {
            UnreadableFolders = result.UnreadableFolders,
        });
        _loaded = true;
        return patched is not null;
    }
}
