using Blog.Content.Catalog;
using Blog.Localization;

namespace Blog.Pages.Shared;

/// <summary>
/// What every list page of one language (archive, tag index, search) does first: check that the site
/// can be browsed in that language, remember a language the reader switched to, and build the frame
/// with links to the same page in the other languages.
/// </summary>
internal sealed class ListPageEntry(CatalogStore store, SiteLanguages siteLanguages, MetaFactory meta)
{
    /// <returns>Null when the site has no pages in <paramref name="language"/> (a 404).</returns>
    public ListPage? Enter(HttpContext context, string language, Func<string, string> pathIn)
    {
        var catalog = RequestCatalog.Of(context, store);
        var languages = siteLanguages.Of(catalog);
        if (!languages.Contains(language))
        {
            return null;
        }

        LanguagePreference.RememberIfChosen(context, language, languages);
        return new ListPage(catalog, languages, meta.Chrome(catalog, language, languages, pathIn));
    }
}

/// <summary>The snapshot a list page reads, the site's languages, and the page's frame.</summary>
internal sealed record ListPage(PostCatalog Catalog, IReadOnlyList<string> Languages, SiteChrome Chrome);
