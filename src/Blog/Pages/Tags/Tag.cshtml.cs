using Blog.Caching;
using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages.Tags;

/// <summary>The published posts that carry one keyword in one language, newest first, ten a page.</summary>
[SharedPage]
internal sealed class TagModel(CatalogStore store, MetaFactory meta, SiteUrls urls) : SitePageModel
{
    public string Heading { get; private set; } = string.Empty;

    public IReadOnlyList<PostSummaryView> Posts { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public IActionResult OnGet(string lang, string tag, [FromQuery(Name = "page")] int page = 1)
    {
        var catalog = RequestCatalog.Of(HttpContext, store);
        var found = catalog.FindTag(lang, tag);
        if (found is null)
        {
            return NotFound();
        }

        var tagged = catalog.Tagged(lang, found.Slug);
        if (page < 1 || page > Pager.PageCount(tagged.Count))
        {
            return NotFound();
        }

        var carrying = catalog.Languages.Where(l => catalog.FindTag(l, found.Slug) is not null).ToList();
        LanguagePreference.RememberIfChosen(HttpContext, lang, carrying);
        Chrome = meta.Chrome(catalog, lang, carrying, l => SiteUrls.Tag(l, found.Slug));
        Heading = Chrome.Ui.TaggedTitle(found.Name);
        Pager = Pager.For(page, tagged.Count, n => SiteUrls.Tag(lang, found.Slug, n), Chrome.Ui);
        Posts = tagged.Skip((page - 1) * Pager.PageSize).Take(Pager.PageSize).Select(p => PostSummaryView.From(p, lang, Chrome.Ui)).ToList();
        var title = page == 1 ? Heading : $"{Heading} ({Chrome.Ui.PageNumber(page)})";
        Modified = catalog.LastModified;
        Meta = meta.ForSitePage(Request, catalog, title, lang, SiteUrls.Tag(lang, found.Slug, page))
            .InLanguages(carrying, lang, l => urls.Absolute(Request, SiteUrls.Tag(l, found.Slug, page)), urls.Absolute(Request, $"/tags/{found.Slug}{(page == 1 ? string.Empty : $"?page={page}")}"));
        return Page();
    }
}
