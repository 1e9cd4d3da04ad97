using Blog.Caching;
using Blog.Content.Catalog;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages.Tags;

/// <summary>Every tag of the posts listed in one language, with how many posts carry it.</summary>
[SharedPage]
internal sealed class IndexModel(ListPageEntry entry, MetaFactory meta, SiteUrls urls) : SitePageModel
{
    public IReadOnlyList<(string Name, string Url, string Count)> Tags { get; private set; } = [];

    public IActionResult OnGet(string lang)
    {
        if (entry.Enter(HttpContext, lang, SiteUrls.Tags) is not var (catalog, languages, chrome))
        {
            return NotFound();
        }

        Chrome = chrome;
        Tags = catalog.TagsIn(lang).Select(t => (t.Tag.Name, SiteUrls.Tag(lang, t.Tag.Slug), Chrome.Ui.PostCount(t.Count))).ToList();
        Modified = catalog.LastModified;
        Meta = meta.ForSitePage(Request, catalog, Chrome.Ui.AllTags, lang, SiteUrls.Tags(lang))
            .InLanguages(languages, lang, l => urls.Absolute(Request, SiteUrls.Tags(l)), urls.Absolute(Request, "/tags"));
        return Page();
    }
}
