using Blog.Caching;
using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages.Tags;

/// <summary>The published posts that carry one keyword in one language, newest first.</summary>
[SharedPage]
internal sealed class TagModel(CatalogStore store, MetaFactory meta) : SitePageModel
{
    public string Heading { get; private set; } = string.Empty;

    public IReadOnlyList<PostSummaryView> Posts { get; private set; } = [];

    public IActionResult OnGet(string lang, string tag)
    {
        var catalog = store.Current;
        var found = catalog.FindTag(lang, tag);
        if (found is null)
        {
            return NotFound();
        }

        var carrying = catalog.Languages.Where(l => catalog.FindTag(l, found.Slug) is not null).ToList();
        LanguagePreference.RememberIfChosen(HttpContext, lang, carrying);
        Chrome = meta.Chrome(lang, carrying, l => SiteUrls.Tag(l, found.Slug));
        Heading = Chrome.Ui.TaggedTitle(found.Name);
        Posts = catalog.Tagged(lang, found.Slug).Select(p => PostSummaryView.From(p, lang, Chrome.Ui)).ToList();
        Meta = meta.ForSitePage(Request, Heading, lang, SiteUrls.Tag(lang, found.Slug))
            .InLanguages(carrying, lang, l => meta.Absolute(Request, SiteUrls.Tag(l, found.Slug)), meta.Absolute(Request, $"/tags/{found.Slug}"));
        return Page();
    }
}
