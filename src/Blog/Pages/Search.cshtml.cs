using Blog.Caching;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages;

/// <summary>
/// <c>/{lang}/search?q=</c>: the posts matching a query in the reader's language, from the index the
/// catalog built at load time, twenty a page. A plain form and a plain page: it works without JavaScript.
/// The query is bounded in length and in words, so no query costs more than a few lookups per post.
/// </summary>
[SharedPage]
internal sealed class SearchModel(ListPageEntry entry, MetaFactory meta) : SitePageModel
{
    public const int MaxQueryLength = 200;

    /// <summary>Words past these are not searched for: each one is another pass over the posts.</summary>
    public const int MaxQueryWords = 8;

    public const int PageSize = 20;

    public string Query { get; private set; } = string.Empty;

    public IReadOnlyList<PostSummaryView> Results { get; private set; } = [];

    public Pager? Pager { get; private set; }

    public IActionResult OnGet(string lang, [FromQuery(Name = "q")] string? q, [FromQuery(Name = PageNumbers.Name)] int page = 1)
    {
        // Control characters cannot be written into a page (or an address) as text.
        Query = string.Concat((q ?? string.Empty).Where(c => !char.IsControl(c))).Trim();
        if (Query.Length > MaxQueryLength)
        {
            Query = Query[..MaxQueryLength];
        }

        var query = Query;
        if (entry.Enter(HttpContext, lang, l => query.Length > 0 ? SiteUrls.Search(l, query) : SiteUrls.Search(l)) is not var (catalog, _, chrome))
        {
            return NotFound();
        }

        Chrome = chrome;
        var found = Query.Length == 0 ? [] : catalog.FindPosts(lang, Query, MaxQueryWords);
        if (page > Pager.PageCount(found.Count, PageSize))
        {
            return NotFound();
        }

        Pager = Pager.For(page, found.Count, n => SiteUrls.Search(lang, query, n), Chrome.Ui, PageSize);
        Results = found.Skip((page - 1) * PageSize).Take(PageSize).Select(p => PostSummaryView.From(p, lang, Chrome.Ui)).ToList();
        var title = Query.Length == 0 ? Chrome.Ui.Search : Chrome.Ui.SearchResults(Query);
        Modified = catalog.LastModified;
        Meta = meta.ForSitePage(Request, catalog, page == 1 ? title : $"{title} ({Chrome.Ui.PageNumber(page)})", lang, SiteUrls.Search(lang));
        return Page();
    }
}
