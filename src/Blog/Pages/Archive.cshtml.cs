using Blog.Caching;
using Blog.Content.Catalog;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages;

/// <summary>Every published post, grouped by the year it was published; undated posts last. The list of all posts.</summary>
[SharedPage]
internal sealed class ArchiveModel(ListPageEntry entry, MetaFactory meta, SiteUrls urls) : SitePageModel
{
    public IReadOnlyList<(string Year, IReadOnlyList<PostSummaryView> Posts)> Years { get; private set; } = [];

    public string Heading { get; private set; } = string.Empty;

    public string? Subtitle { get; private set; }

    /// <summary>The opening text of the posts folder's <c>index.md</c> in this language (rendered at load time); null without one.</summary>
    public string? IntroHtml { get; private set; }

    public IActionResult OnGet(string lang)
    {
        if (entry.Enter(HttpContext, lang, SiteUrls.Archive) is not var (catalog, languages, chrome))
        {
            return NotFound();
        }

        Chrome = chrome;

        // The posts folder's index.md (the old "All Posts" page) titles the list in the languages it is written in.
        var intro = catalog.AllPostsIntro?.In(lang);
        Heading = intro?.Title ?? Chrome.Ui.Archive;
        Subtitle = intro?.Subtitle;
        IntroHtml = intro is { Html.Length: > 0 } ? intro.Html : null;
        Years = catalog.Published
            .GroupBy(p => p.Date?.Day.Year)
            .Select(g => (g.Key?.ToString(Chrome.Ui.Culture) ?? "—", (IReadOnlyList<PostSummaryView>)g.Select(p => PostSummaryView.From(p, lang, Chrome.Ui)).ToList()))
            .ToList();
        Modified = catalog.LastModified;
        Meta = meta.ForSitePage(Request, catalog, Heading, lang, SiteUrls.Archive(lang))
            .InLanguages(languages, lang, l => urls.Absolute(Request, SiteUrls.Archive(l)), urls.Absolute(Request, "/archive"));
        return Page();
    }
}
