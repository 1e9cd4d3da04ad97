using Blog.Content.Languages;
using Blog.Content.Posts;
using Blog.Pages.Shared;
using Blog.Routing;

namespace Blog.Pages.Posts;

/// <summary>
/// The head of a post page with pandoc's fallbacks: <c>title-prefix – title</c>,
/// <c>description-meta</c> else subtitle, <c>author-meta</c> else author, <c>date-meta</c> else date.
/// Each language version is its own canonical; the others and the address that picks a language
/// (<c>x-default</c>) are its alternates.
/// </summary>
internal static class PostMetaBuilder
{
    public static string DocumentTitle(Post post, PostTranslation translation) =>
        post.Meta.TitlePrefix is { Length: > 0 } prefix ? $"{prefix} – {translation.Title}" : translation.Title;

    public static PageMeta Build(Post post, PostTranslation translation, HttpRequest request, SiteUrls urls)
    {
        string Absolute(string path) => urls.Absolute(request, path);

        return new PageMeta(
            DocumentTitle(post, translation),
            translation.Tag,
            Absolute(SiteUrls.Post(translation.Language, translation.Slug)),
            "article",
            translation.Title,
            LanguageRegistry.Describe(translation.Tag).OgLocale)
        {
            Description = translation.Description ?? translation.Subtitle,
            Keywords = translation.Keywords.Count > 0 ? string.Join(", ", translation.Keywords) : null,
            Author = post.Meta.Author ?? post.Author,
            Date = post.Meta.Date ?? post.Date?.ToIso() ?? post.DateText,
            Alternates = post.Translations.Count > 1
                ?
                [
                    .. post.Translations.Select(t => new AlternateLink(t.Tag, Absolute(SiteUrls.Post(t.Language, t.Slug)))),
                    new AlternateLink("x-default", Absolute(SiteUrls.AnyLanguagePost(post.Slug))),
                ]
                : [],
            OgLocaleAlternates = post.Translations
                .Where(t => t != translation)
                .Select(t => LanguageRegistry.Describe(t.Tag).OgLocale)
                .ToList(),
        };
    }
}
