using Blog.Content.Catalog;

namespace Blog.Pages.Shared;

/// <summary>
/// The one catalog snapshot a request reads. A reload or a scheduled post may swap the store's snapshot
/// while a page renders; everything the page shows (its body, menu, feed links, the page cache's entry)
/// comes from the snapshot taken first, never from two.
/// </summary>
internal sealed class RequestCatalog(PostCatalog catalog)
{
    public PostCatalog Catalog { get; } = catalog;

    /// <summary>The request's snapshot: the one already taken for it, else the store's current one from now on.</summary>
    public static PostCatalog Of(HttpContext context, CatalogStore store)
    {
        if (context.Features.Get<RequestCatalog>() is { } held)
        {
            return held.Catalog;
        }

        var catalog = store.Current;
        context.Features.Set(new RequestCatalog(catalog));
        return catalog;
    }

    /// <summary>Fixes the request's snapshot before anything reads it (the page cache renders into the set of this one).</summary>
    public static void Hold(HttpContext context, PostCatalog catalog) => context.Features.Set(new RequestCatalog(catalog));
}
