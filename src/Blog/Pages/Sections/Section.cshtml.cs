using Blog.Caching;
using Blog.Content.Catalog;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages.Sections;

/// <summary>
/// The published posts of one section (a first-level folder of the posts folder), newest first, ten a
/// page, under the title and opening text its <c>index.md</c> gives in the reader's language.
/// </summary>
[SharedPage]
internal sealed class SectionModel(CatalogStore store, MetaFactory meta, SiteUrls urls) : SitePageModel
{
    public string Heading { get; private set; } = string.Empty;

    public string? HeadingTag { get; private set; }

    public string? Subtitle { get; private set; }

    /// <summary>The intro's rendered text (the author's own HTML, rendered at load time); null without one.</summary>
    public string? IntroHtml { get; private set; }

    public string? IntroTag { get; private set; }

    public IReadOnlyList<PostSummaryView> Posts { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public IActionResult OnGet(string lang, string section, [FromQuery(Name = "page")] int page = 1)
    {
        var catalog = RequestCatalog.Of(HttpContext, store);
        if (!catalog.Languages.Contains(lang) || catalog.FindSection(section) is not { } found
            || page < 1 || page > Pager.PageCount(found.Posts.Count))
        {
            return NotFound();
        }

        LanguagePreference.RememberIfChosen(HttpContext, lang, catalog.Languages);
        Chrome = meta.Chrome(catalog, lang, catalog.Languages, l => SiteUrls.Section(l, found.Slug));
        var intro = found.IntroIn(lang);
        Heading = found.TitleIn(lang);
        HeadingTag = intro is not null && intro.TitleTag != intro.Tag ? intro.TitleTag : null;
        Subtitle = intro?.Subtitle;
        IntroHtml = intro is { Html.Length: > 0 } ? intro.Html : null;
        IntroTag = intro?.Tag;
        Pager = Pager.For(page, found.Posts.Count, n => SiteUrls.Section(lang, found.Slug, n), Chrome.Ui);
        Posts = found.Posts.Skip((page - 1) * Pager.PageSize).Take(Pager.PageSize).Select(p => PostSummaryView.From(p, lang, Chrome.Ui)).ToList();
        var title = page == 1 ? Heading : $"{Heading} ({Chrome.Ui.PageNumber(page)})";
        var head = meta.ForSitePage(Request, catalog, title, lang, SiteUrls.Section(lang, found.Slug, page))
            .InLanguages(catalog.Languages, lang, l => urls.Absolute(Request, SiteUrls.Section(l, found.Slug, page)), urls.Absolute(Request, $"/sections/{found.Slug}"));
        Modified = catalog.LastModified;
        Meta = meta.WithSectionFeeds(intro?.Description is { } description ? head with { Description = description } : head, Request, lang, found);
        return Page();
    }
}
