using Blog.Localization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Blog.Pages.Shared;

/// <summary>What the layout needs from every page: its head, its language and the site's words in it.</summary>
internal abstract class SitePageModel : PageModel
{
    public PageMeta Meta { get; protected set; } = null!;

    public SiteChrome Chrome { get; protected set; } = null!;

    /// <summary>When what the page shows last changed (<see cref="Content.Catalog.PostCatalog.LastModified"/>), sent as <c>Last-Modified</c>.</summary>
    protected DateTimeOffset? Modified { get; set; }

    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.Result is PageResult && Modified is { } modified)
        {
            Response.GetTypedHeaders().LastModified = Caching.ConditionalRequests.ToWholeSeconds(modified);
        }
    }
}

/// <summary>The frame around every page: the site's name, where "home" is, and the words of the frame.</summary>
/// <param name="LanguageLinks">The same page in the site's other languages, shown in the header; empty where the page has its own toggle.</param>
internal sealed record SiteChrome(string SiteTitle, string HomeUrl, UiStrings Ui, IReadOnlyList<LanguageLink> LanguageLinks)
{
    /// <summary>The header's links to standalone pages (or the configured menu), in this language.</summary>
    public IReadOnlyList<MenuLink> Menu { get; init; } = [];

    public string Language => HomeUrl.TrimStart('/');

    public string ArchiveUrl => Routing.SiteUrls.Archive(Language);

    public string TagsUrl => Routing.SiteUrls.Tags(Language);

    public string SearchUrl => Routing.SiteUrls.Search(Language);
}

/// <summary>A link of the header's menu; <paramref name="Tag"/> names the text's language when it is not the page's.</summary>
internal sealed record MenuLink(string Text, string Url, string? Tag);
