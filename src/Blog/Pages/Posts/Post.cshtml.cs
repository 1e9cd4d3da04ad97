using Blog.Content.Catalog;
using Blog.Content.Languages;
using Blog.Hosting;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages.Posts;

/// <summary>
/// A post in one language: <c>/posts/{slug}</c> for the default language, <c>/{lang}/posts/{slug}</c>
/// for the others. The slug is only ever a key into the catalog, never a path.
/// </summary>
internal sealed class PostModel(CatalogStore store, SiteSettings settings, SiteUrls urls) : SitePageModel
{
    public PostView Post { get; private set; } = null!;

    public IActionResult OnGet(string slug, string? lang)
    {
        var post = store.Current.FindPost(slug);
        if (post is null)
        {
            return NotFound();
        }

        var language = lang ?? settings.DefaultLanguage;
        if (lang is not null && urls.IsDefault(lang))
        {
            return RedirectPermanent(urls.Post(post.Slug, lang));
        }

        var translation = post.In(language);
        if (translation is null)
        {
            // The default-language URL of a post written only in other languages leads to its main version.
            return lang is null ? Redirect(urls.Post(post.Slug, post.MainLanguage)) : NotFound();
        }

        Post = new PostView(
            translation.Tag,
            translation.Title,
            translation.Subtitle,
            post.Author,
            post.AuthorUrl,
            DateText.Of(post, translation.Tag),
            translation.ReadingMinutes,
            post.Tags.Select(t => new TagLink(t.Name, SiteUrls.Tag(t.Slug))).ToList(),
            translation.Toc.Count > 0 ? new TocView(translation.TocTitle, translation.Toc) : null,
            post.Translations.Count > 1
                ? post.Translations
                    .Select(t => new LanguageLink(
                        t.Tag,
                        LanguageRegistry.Describe(t.Language).NativeName,
                        urls.Post(post.Slug, t.Language),
                        t.Language == translation.Language))
                    .ToList()
                : [],
            translation.Html,
            translation.SectionId);

        SiteTitle = settings.SiteTitle;
        HomeUrl = urls.Home(translation.Language);
        Meta = PostMetaBuilder.Build(post, translation, Request, urls);
        return Page();
    }
}
