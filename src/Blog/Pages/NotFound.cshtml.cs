using Blog.Content.Catalog;
using Blog.Localization;
using Blog.Pages.Shared;
using Microsoft.AspNetCore.Diagnostics;

namespace Blog.Pages;

/// <summary>
/// The page for every unknown address, in the reader's language. Reached by re-execution for a 404
/// (see <see cref="Hosting.NotFoundPages"/>), so the address the reader typed stays in the bar and the
/// status stays the one being explained; asked for directly, it answers 404 too.
/// </summary>
internal sealed class NotFoundModel(CatalogStore store, SiteLanguages siteLanguages, LanguagePreference preference, MetaFactory meta) : SitePageModel
{
    public void OnGet()
    {
        var feature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (feature is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        var languages = siteLanguages.Of(store.Current);

        // The address's own language first (/vi/posts/gone), else the reader's.
        var language = LanguageOf(feature?.OriginalPath ?? Request.Path.Value, languages) ?? preference.ForSite(Request, languages);
        LanguagePreference.VaryByLanguage(Response);
        Chrome = meta.Chrome(language);
        Meta = meta.ForNoPage(Request, Chrome.Ui.NotFoundTitle, language);
    }

    /// <summary>
    /// The site language the path starts with, if any. Only its first segment is looked at: junk requests
    /// come here, and a path of thousands of segments should cost no more than a short one.
    /// </summary>
    private static string? LanguageOf(string? path, IReadOnlyList<string> languages)
    {
        var rest = path.AsSpan().TrimStart('/');
        var end = rest.IndexOf('/');
        var first = end < 0 ? rest : rest[..end];
        foreach (var language in languages)
        {
            if (first.SequenceEqual(language))
            {
                return language;
            }
        }

        return null;
    }
}
