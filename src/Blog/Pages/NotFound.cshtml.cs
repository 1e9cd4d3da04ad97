using Blog.Content.Catalog;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;

namespace Blog.Pages;

/// <summary>
/// The page for every unknown address, in the reader's language. Reached by re-execution from the
/// status-code middleware, so the address the reader typed stays in the bar; it answers 404 even when
/// asked for directly.
/// </summary>
internal sealed class NotFoundModel(CatalogStore store, SiteLanguages siteLanguages, LanguagePreference preference, MetaFactory meta) : SitePageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        var languages = siteLanguages.Of(store.Current);

        // The address's own language first (/vi/posts/gone), else the reader's.
        var feature = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        var asked = (feature?.OriginalPath ?? Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var language = asked is not null && languages.Contains(asked) ? asked : preference.ForSite(Request, languages);
        LanguagePreference.VaryByLanguage(Response);
        Chrome = meta.Chrome(language);
        Meta = meta.ForSitePage(Request, Chrome.Ui.NotFoundTitle, language, feature?.OriginalPath ?? Request.Path);
    }
}
