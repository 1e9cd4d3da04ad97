using Blog.Caching;
using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages;

/// <summary>
/// The home page of one language: published posts newest first, ten a page, each in this language when
/// it has it, else in its own with a marker. At <c>/</c> it is shown in the reader's language, and
/// names <c>/{lang}</c> as its canonical address.
/// </summary>
[SharedPage]
internal sealed class IndexModel(CatalogStore store, SiteLanguages siteLanguages, LanguagePreference preference, MetaFactory meta) : SitePageModel
{
    public const int PageSize = 10;

    public IReadOnlyList<PostSummaryView> Posts { get; private set; } = [];

    public int PageNumber { get; private set; }

    public string? PreviousUrl { get; private set; }

    public string? NextUrl { get; private set; }

    public IActionResult OnGet(string? lang, [FromQuery(Name = "page")] int page = 1)
    {
        var catalog = store.Current;
        var languages = siteLanguages.Of(catalog);
        if (lang is null)
        {
            lang = preference.ForSite(Request, languages);
            LanguagePreference.VaryByLanguage(Response);
        }
        else if (!languages.Contains(lang))
        {
            return NotFound();
        }

        var pageCount = Math.Max(1, (catalog.Published.Count + PageSize - 1) / PageSize);
        if (page < 1 || page > pageCount)
        {
            return NotFound();
        }

        LanguagePreference.RememberIfChosen(HttpContext, lang, languages);
        Chrome = meta.Chrome(lang, languages, l => SiteUrls.Home(l));
        PageNumber = page;
        Posts = catalog.Published
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(p => PostSummaryView.From(p, lang, Chrome.Ui))
            .ToList();
        PreviousUrl = page > 1 ? SiteUrls.Home(lang, page - 1) : null;
        NextUrl = page < pageCount ? SiteUrls.Home(lang, page + 1) : null;
        Meta = meta.ForHome(Request, page == 1 ? null : Chrome.Ui.PageNumber(page), lang, SiteUrls.Home(lang, page))
            .InLanguages(languages, lang, l => meta.Absolute(Request, SiteUrls.Home(l, page)), meta.Absolute(Request, page == 1 ? "/" : $"/?page={page}"));
        return Page();
    }
}
