using Blog.Caching;
using Blog.Content.Catalog;
using Blog.Content.Languages;
using Blog.Content.Posts;
using Blog.Localization;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages.Posts;

/// <summary>
/// A post in one language, at <c>/{lang}/posts/{slug}</c>, with its other languages in the page for the
/// toggle. The slug is only ever a key into the catalog, never a path.
/// </summary>
[SharedPage]
internal sealed class PostModel(CatalogStore store, MetaFactory meta, UiText text) : SitePageModel
{
    public IReadOnlyList<PostVersionView> Versions { get; private set; } = [];

    public LanguageSwitch? Toggle { get; private set; }


    public IActionResult OnGet(string lang, string slug)
    {
        var catalog = store.Current;
        var found = catalog.Find(lang, slug);
        if (found is null)
        {
            // Never a 404 for a post that exists: another language's slug, or a language it is not written in.
            var post = catalog.FindAnyLanguage(slug);
            if (post is null)
            {
                return NotFound();
            }

            var target = post.In(lang) ?? post.Main;
            return target.Language == lang
                ? RedirectPermanent(SiteUrls.Post(target.Language, target.Slug))
                : Redirect(SiteUrls.Post(target.Language, target.Slug));
        }

        var (current, shown) = (found.Post, found.Translation);
        var languages = current.Translations.Select(t => t.Language).ToList();
        LanguagePreference.RememberIfChosen(HttpContext, shown.Language, languages);

        Versions = current.Translations.Select(t => Version(catalog, current, t, t == shown)).ToList();
        Toggle = current.Translations.Count > 1
            ? new LanguageSwitch(
                text.For(shown.Tag).LanguageNavigation,
                current.Translations
                    .Select(t => new LanguageLink(t.Language, t.Tag, LanguageRegistry.Describe(t.Language).NativeName, SiteUrls.Post(t.Language, t.Slug), t == shown))
                    .ToList())
            : null;

        Chrome = Versions.Single(v => v.IsCurrent).Chrome;

        Meta = meta.ForPost(current, shown, Request);
        return Page();
    }

    private PostVersionView Version(PostCatalog catalog, Post post, PostTranslation translation, bool isCurrent)
    {
        var ui = text.For(translation.Tag);
        var idSuffix = isCurrent ? string.Empty : $"-{translation.Language}";
        return new PostVersionView(
            translation.Language,
            translation.Tag,
            SiteUrls.Post(translation.Language, translation.Slug),
            isCurrent,
            translation.Title,
            translation.TitleTag == translation.Tag ? null : translation.TitleTag,
            translation.Subtitle,
            translation.SubtitleTag == translation.Tag ? null : translation.SubtitleTag,
            PostMetaBuilder.DocumentTitle(post, translation),
            translation.Description ?? translation.Subtitle,
            post.Author,
            post.AuthorUrl,
            DateText.Of(post, ui),
            ui.MinRead(translation.ReadingMinutes),
            translation.Tags.Select(t => new TagLink(t.Name, SiteUrls.Tag(translation.Language, t.Slug))).ToList(),
            ui.Tags,
            translation.Toc.Count > 0
                ? new TocView(translation.TocTitle ?? ui.Contents, translation.Toc, "TOC" + idSuffix, "toc-title" + idSuffix)
                : null,
            translation.Html,
            translation.SectionId,
            meta.Chrome(translation.Language),
            PostNeighbours.Of(catalog, post, translation.Language, ui, isCurrent ? string.Empty : $"-{translation.Language}"));
    }
}
