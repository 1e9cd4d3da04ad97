using Blog.Content.Posts;
using Blog.Content.Languages;
using Blog.Pages.Shared;
using Blog.Routing;

namespace Blog.Pages.Posts;

/// <summary>
/// The head of a post page with pandoc's fallbacks: <c>title-prefix – title</c>,
/// <c>description-meta</c> else subtitle, <c>author-meta</c> else author, <c>date-meta</c> else date.
/// </summary>
internal static class PostMetaBuilder
{
    public static PageMeta Build(Post post, PostTranslation translation, HttpRequest request, SiteUrls urls)
    {
        var isMain = translation.Language == post.MainLanguage;
        var description = (isMain ? post.Meta.Description : null) ?? translation.Subtitle;
        var title = post.Meta.TitlePrefix is { Length: > 0 } prefix ? $"{prefix} – {translation.Title}" : translation.Title;

        return new PageMeta(
            title,
            translation.Tag,
            urls.Absolute(request, urls.Post(post.Slug, translation.Language)),
            "article",
            translation.Title,
            LanguageRegistry.Describe(translation.Tag).OgLocale)
        {
            Description = description,
            Keywords = post.Meta.Keywords.Count > 0 ? string.Join(", ", post.Meta.Keywords) : null,
            Author = post.Meta.Author ?? post.Author,
            Date = post.Meta.Date ?? post.Date?.ToIso(),
            Alternates = post.Translations.Count > 1
                ? post.Translations
                    .Select(t => new AlternateLink(t.Tag, urls.Absolute(request, urls.Post(post.Slug, t.Language))))
                    .ToList()
                : [],
        };
    }
}
