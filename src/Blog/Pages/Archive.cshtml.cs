using Blog.Caching;
using Blog.Content.Catalog;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages;

/// <summary>Every published post, grouped by the year it was published; undated posts last.</summary>
[SharedPage]
internal sealed class ArchiveModel(ListPageEntry entry, MetaFactory meta) : SitePageModel
{
    public IReadOnlyList<(string Year, IReadOnlyList<PostSummaryView> Posts)> Years { get; private set; } = [];

    public IActionResult OnGet(string lang)
    {
        if (entry.Enter(HttpContext, lang, SiteUrls.Archive) is not var (catalog, languages, chrome))
        {
            return NotFound();
        }

        Chrome = chrome;
        Years = catalog.Published
            .GroupBy(p => p.Date?.Day.Year)
            .Select(g => (g.Key?.ToString(Chrome.Ui.Culture) ?? "—", (IReadOnlyList<PostSummaryView>)g.Select(p => PostSummaryView.From(p, lang, Chrome.Ui)).ToList()))
            .ToList();
        Meta = meta.ForSitePage(Request, Chrome.Ui.Archive, lang, SiteUrls.Archive(lang))
            .InLanguages(languages, lang, l => meta.Absolute(Request, SiteUrls.Archive(l)), meta.Absolute(Request, "/archive"));
        return Page();
    }
}
