using System.Text.Json.Nodes;
using Blog.Content.Languages;
using Blog.Content.Posts;
using Blog.Pages.Shared;
using Blog.Routing;

namespace Blog.Pages.Posts;

/// <summary>
/// The head of a post page with pandoc's fallbacks: <c>title-prefix – title</c>,
/// <c>author-meta</c> else author, <c>date-meta</c> else date. Its meta, Open Graph, Twitter and JSON-LD
/// descriptions are one and the same, <see cref="PostTranslation.Description"/>, in the page's language.
/// Each language version is its own canonical; the others and the address that picks a language
/// (<c>x-default</c>) are its alternates.
/// </summary>
internal static class PostMetaBuilder
{
    public static string DocumentTitle(Post post, PostTranslation translation) =>
        post.Meta.TitlePrefix is { Length: > 0 } prefix ? $"{prefix} – {translation.Title}" : translation.Title;

    public static PageMeta Build(Post post, PostTranslation translation, HttpRequest request, SiteUrls urls, bool isPage = false)
    {
        string Absolute(string path) => urls.Absolute(request, path);

        var meta = new PageMeta(
            DocumentTitle(post, translation),
            translation.Tag,
            Absolute(translation.Address),
            isPage ? "website" : "article",
            translation.Title,
            LanguageRegistry.Describe(translation.Tag).OgLocale)
        {
            Description = translation.Description,
            Keywords = translation.Keywords.Count > 0 ? string.Join(", ", translation.Keywords) : null,
            Author = post.Meta.Author ?? post.Author,
            Date = post.Meta.Date ?? post.Date?.ToIso() ?? post.DateText,
            Alternates = post.Translations.Count > 1
                ?
                [
                    .. post.Translations.Select(t => new AlternateLink(t.Tag, Absolute(t.Address))),
                    new AlternateLink("x-default", Absolute(SiteUrls.AnyLanguage(post))),
                ]
                : [],
            OgLocaleAlternates = post.Translations
                .Where(t => t != translation)
                .Select(t => LanguageRegistry.Describe(t.Tag).OgLocale)
                .ToList(),
            Article = new ArticleFacts(
                post.Date?.ToIso(),
                post.LastModified is { } lastModified ? PostDate.ToIso(lastModified) : null,
                post.AuthorUrl ?? post.Author,
                translation.Tags.Select(t => t.Name).ToList()),
            JsonLd = StructuredData.Write(BlogPosting(post, translation, Absolute)),
        };

        // A page (the resume) is not an article: no publication facts, and schema.org's plain WebPage.
        return isPage
            ? meta with
            {
                Article = null,
                JsonLd = StructuredData.Write(WebPage(translation, Absolute)),
            }
            : meta;
    }

    private static JsonObject WebPage(PostTranslation translation, Func<string, string> absolute)
    {
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["@id"] = absolute(translation.Address),
            ["url"] = absolute(translation.Address),
            ["name"] = translation.Title,
            ["inLanguage"] = translation.Tag,
        };
        if (translation.Description is { } description)
        {
            page["description"] = description;
        }

        return page;
    }

    /// <summary>
    /// schema.org's BlogPosting, with the language versions linked both ways: the main version lists
    /// its translations (<c>workTranslation</c>), each translation names its original (<c>translationOfWork</c>).
    /// </summary>
    private static JsonObject BlogPosting(Post post, PostTranslation translation, Func<string, string> absolute)
    {
        var url = absolute(translation.Address);
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

        if (translation.Description is { } description)
        {
            posting["description"] = description;
        }

        if (post.Date is { } date)
        {
            posting["datePublished"] = date.ToIso();
        }

        if (post.LastModified is { } modified)
        {
            posting["dateModified"] = PostDate.ToIso(modified);
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
                translations.Add(new JsonObject { ["@type"] = "BlogPosting", ["@id"] = absolute(other.Address), ["inLanguage"] = other.Tag });
            }

            if (translations.Count > 0)
            {
                posting["workTranslation"] = translations;
            }
        }
        else
        {
            posting["translationOfWork"] = new JsonObject { ["@type"] = "BlogPosting", ["@id"] = absolute(post.Main.Address), ["inLanguage"] = post.Main.Tag };
        }

        return posting;
    }
}
