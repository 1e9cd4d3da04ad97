using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages.Tags;

/// <summary>The published posts that carry one keyword, newest first.</summary>
internal sealed class TagModel(CatalogStore store, SiteSettings settings, SiteUrls urls, MetaFactory meta) : SitePageModel
{
    public string TagName { get; private set; } = string.Empty;

    public IReadOnlyList<PostSummaryView> Posts { get; private set; } = [];

    public IActionResult OnGet(string tag)
    {
        var catalog = store.Current;
        var found = catalog.FindTag(tag);
        if (found is null)
        {
            return NotFound();
        }

        var language = settings.DefaultLanguage;
        TagName = found.Name;
        Posts = catalog.Tagged(found.Slug).Select(p => PostSummaryView.From(p, language, urls)).ToList();
        SiteTitle = settings.SiteTitle;
        HomeUrl = urls.Home(language);
        Meta = meta.ForSitePage(Request, $"Posts tagged “{found.Name}”", language, SiteUrls.Tag(found.Slug));
        return Page();
    }
}
