using Blog.Content.Catalog;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages;

/// <summary>Every published post, grouped by the year it was published; undated posts last.</summary>
internal sealed class ArchiveModel(CatalogStore store, SiteLanguages siteLanguages, MetaFactory meta) : SitePageModel
{
    public IReadOnlyList<(string Year, IReadOnlyList<PostSummaryView> Posts)> Years { get; private set; } = [];

    public IActionResult OnGet(string lang)
    {
        var catalog = store.Current;
        var languages = siteLanguages.Of(catalog);
        if (!languages.Contains(lang))
        {
            return NotFound();
        }

        LanguagePreference.RememberIfChosen(HttpContext, lang, languages);
        Chrome = meta.Chrome(lang, languages, SiteUrls.Archive);
        Years = catalog.Published
            .GroupBy(p => p.Date?.Day.Year)
            .Select(g => (g.Key?.ToString(Chrome.Ui.Culture) ?? "—", (IReadOnlyList<PostSummaryView>)g.Select(p => PostSummaryView.From(p, lang, Chrome.Ui)).ToList()))
            .ToList();
        Meta = meta.ForSitePage(Request, Chrome.Ui.Archive, lang, SiteUrls.Archive(lang))
            .InLanguages(languages, lang, l => meta.Absolute(Request, SiteUrls.Archive(l)), meta.Absolute(Request, "/archive"));
        return Page();
    }
}
