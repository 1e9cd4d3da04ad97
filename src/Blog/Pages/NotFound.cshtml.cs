using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;

namespace Blog.Pages;

/// <summary>
/// The page for every unknown address, in the reader's language. Reached by re-execution from the
/// status-code middleware, so the address the reader typed stays in the bar; it answers 404 even when
/// asked for directly.
/// </summary>
internal sealed class NotFoundModel(CatalogStore store, SiteSettings settings, LanguagePreference preference, MetaFactory meta) : SitePageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        var language = preference.ForSite(Request, LanguageRedirects.SiteLanguages(store.Current, settings));
        Chrome = meta.Chrome(language);
        Meta = meta.ForSitePage(Request, Chrome.Ui.NotFoundTitle, language, Request.Path);
    }
}
