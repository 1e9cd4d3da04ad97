using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages;

/// <summary>The home page: published posts newest first, ten a page, in the reader's language where a post has it.</summary>
internal sealed class IndexModel(CatalogStore store, SiteSettings settings, SiteUrls urls, MetaFactory meta) : SitePageModel
{
    public const int PageSize = 10;

    public IReadOnlyList<PostSummaryView> Posts { get; private set; } = [];

    public int PageNumber { get; private set; }

    public string? PreviousUrl { get; private set; }

    public string? NextUrl { get; private set; }

    public IActionResult OnGet(string? lang, [FromQuery(Name = "page")] int page = 1)
    {
        var catalog = store.Current;
        var language = lang ?? settings.DefaultLanguage;
        if (lang is not null && (urls.IsDefault(lang) || !catalog.Languages.Contains(lang)))
        {
            return urls.IsDefault(lang) ? RedirectPermanent(urls.Home(settings.DefaultLanguage, page)) : NotFound();
        }

        var pageCount = Math.Max(1, (catalog.Published.Count + PageSize - 1) / PageSize);
        if (page < 1 || page > pageCount)
        {
            return NotFound();
        }

        PageNumber = page;
        Posts = catalog.Published
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(p => PostSummaryView.From(p, language, urls))
            .ToList();
        PreviousUrl = page > 1 ? urls.Home(language, page - 1) : null;
        NextUrl = page < pageCount ? urls.Home(language, page + 1) : null;

        SiteTitle = settings.SiteTitle;
        HomeUrl = urls.Home(language);
        Meta = meta.ForSitePage(Request, page == 1 ? null : $"Page {page}", language, urls.Home(language, page));
        return Page();
    }
}
