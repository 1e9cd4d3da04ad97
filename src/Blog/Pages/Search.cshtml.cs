using Blog.Caching;
using Blog.Content.Catalog;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages;

/// <summary>
/// <c>/{lang}/search?q=</c>: the posts matching a query in the reader's language, from the index the
/// catalog built at load time. A plain form and a plain page: it works without JavaScript.
/// </summary>
[SharedPage]
internal sealed class SearchModel(ListPageEntry entry, MetaFactory meta) : SitePageModel
{
    public const int MaxQueryLength = 200;

    public string Query { get; private set; } = string.Empty;

    public IReadOnlyList<PostSummaryView> Results { get; private set; } = [];

    public IActionResult OnGet(string lang, [FromQuery(Name = "q")] string? q)
    {
        Query = (q ?? string.Empty).Trim();
        if (Query.Length > MaxQueryLength)
        {
            Query = Query[..MaxQueryLength];
        }

        var query = Query.Length > 0 ? "?q=" + Uri.EscapeDataString(Query) : string.Empty;
        if (entry.Enter(HttpContext, lang, l => SiteUrls.Search(l) + query) is not var (catalog, _, chrome))
        {
            return NotFound();
        }

        Chrome = chrome;
        Results = Query.Length == 0 ? [] : catalog.FindPosts(lang, Query).Select(p => PostSummaryView.From(p, lang, Chrome.Ui)).ToList();
        Meta = meta.ForSitePage(Request, Query.Length == 0 ? Chrome.Ui.Search : Chrome.Ui.SearchResults(Query), lang, SiteUrls.Search(lang));
        return Page();
    }
}
