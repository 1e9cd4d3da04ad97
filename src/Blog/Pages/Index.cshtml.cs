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
/// it has it, else in its own with a marker. At <c>/</c> it is shown in the reader's language, and is
/// its own canonical address: it is the <c>x-default</c> of the home pages, and a canonical naming
/// <c>/{lang}</c> would tell search engines that the default is a copy of one language (Lighthouse's
/// "canonical points to another hreflang location"). A site in one language has no default to
/// declare, and <c>/</c> names <c>/{lang}</c>, of which it is then a copy.
/// </summary>
[SharedPage]
internal sealed class IndexModel(CatalogStore store, SiteLanguages siteLanguages, LanguagePreference preference, MetaFactory meta, SiteUrls urls) : SitePageModel
{
    public IReadOnlyList<PostSummaryView> Posts { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public IActionResult OnGet(string? lang, [FromQuery(Name = "page")] int page = 1)
    {
        var catalog = RequestCatalog.Of(HttpContext, store);
        var languages = siteLanguages.Of(catalog);
        var isLanguageDefault = lang is null && languages.Count > 1;
        if (lang is null)
        {
            lang = preference.ForSite(Request, languages);
            LanguagePreference.VaryByLanguage(Response);
        }
        else if (!languages.Contains(lang))
        {
            // Two or three letters that are no language of the site may be a page's name (/cv) or an old link.
            var path = Request.Path.Value ?? "/";
            if (AddressAnswer.For(HttpContext, catalog, catalog.FindAddress(path), path, languages, preference) is var (url, permanent))
            {
                AddressAnswer.CacheIfPermanent(Response, permanent);
                return permanent ? RedirectPermanent(url) : Redirect(url);
            }

            return NotFound();
        }

        if (page < 1 || page > Pager.PageCount(catalog.Published.Count))
        {
            return NotFound();
        }

        LanguagePreference.RememberIfChosen(HttpContext, lang, languages);
        Chrome = meta.Chrome(catalog, lang, languages, l => SiteUrls.Home(l));
        Pager = Pager.For(page, catalog.Published.Count, n => SiteUrls.Home(lang, n), Chrome.Ui);
        Posts = catalog.Published
            .Skip((page - 1) * Pager.PageSize)
            .Take(Pager.PageSize)
            .Select(p => PostSummaryView.From(p, lang, Chrome.Ui))
            .ToList();
        var languageDefault = page == 1 ? "/" : $"/?page={page}";
        Modified = catalog.LastModified;
        Meta = meta.ForHome(Request, catalog, page == 1 ? null : Chrome.Ui.PageNumber(page), lang, isLanguageDefault ? languageDefault : SiteUrls.Home(lang, page))
            .InLanguages(languages, lang, l => urls.Absolute(Request, SiteUrls.Home(l, page)), urls.Absolute(Request, languageDefault));
        return Page();
    }
}
