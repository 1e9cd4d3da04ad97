using System.Globalization;
using System.Text.Json.Nodes;
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
            Article = new ArticleFacts(
                post.Date?.ToIso(),
                Modified(post)?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                post.AuthorUrl ?? post.Author,
                translation.Tags.Select(t => t.Name).ToList()),
            JsonLd = StructuredData.Write(BlogPosting(post, translation, Absolute)),
        };
    }

    /// <summary>When the post last changed: never before it was published.</summary>
    private static DateTimeOffset? Modified(Post post) =>
        post.Updated is { } updated && post.Date is { } date && updated < date.Instant ? date.Instant : post.Updated ?? post.Date?.Instant;

    /// <summary>
    /// schema.org's BlogPosting, with the language versions linked both ways: the main version lists
    /// its translations (<c>workTranslation</c>), each translation names its original (<c>translationOfWork</c>).
    /// </summary>
    private static JsonObject BlogPosting(Post post, PostTranslation translation, Func<string, string> absolute)
    {
        string UrlOf(PostTranslation t) => absolute(SiteUrls.Post(t.Language, t.Slug));

        var url = UrlOf(translation);
        var posting = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BlogPosting",
            ["@id"] = url,
            ["url"] = url,
            ["headline"] = translation.Title,
            ["inLanguage"] = translation.Tag,
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
        };

        if ((translation.Description ?? translation.Summary ?? translation.Subtitle) is { } description)
        {
            posting["description"] = description;
        }

        if (post.Date is { } date)
        {
            posting["datePublished"] = date.ToIso();
        }

        if (Modified(post) is { } modified)
        {
            posting["dateModified"] = modified.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        if (post.Author is not null)
        {
            posting["author"] = StructuredData.Person(post.Author, post.AuthorUrl);
        }

        if (translation.Keywords.Count > 0)
        {
            posting["keywords"] = string.Join(", ", translation.Keywords);
        }

        if (translation == post.Main)
        {
            var translations = new JsonArray();
            foreach (var other in post.Translations.Skip(1))
            {
                translations.Add(new JsonObject { ["@type"] = "BlogPosting", ["@id"] = UrlOf(other), ["inLanguage"] = other.Tag });
            }

            if (translations.Count > 0)
            {
                posting["workTranslation"] = translations;
            }
        }
        else
        {
            posting["translationOfWork"] = new JsonObject { ["@type"] = "BlogPosting", ["@id"] = UrlOf(post.Main), ["inLanguage"] = post.Main.Tag };
        }

        return posting;
    }
}
