using Blog.Content.Catalog;
using Blog.Content.Languages;
using Blog.Content.Posts;
using Blog.Localization;
using Blog.Routing;

namespace Blog.Pages.Shared;

/// <summary>
/// A post as listed on the home and tag pages: in the reader's language when the post has it, else in
/// its own, with a marker naming that language. The surrounding words are in the reader's language.
/// </summary>
internal sealed record PostSummaryView
{
    public required string Tag { get; init; }

    /// <summary>Names the post's language when it is not the reader's; null when it is.</summary>
    public required LanguageMarker? Marker { get; init; }

    public required string Title { get; init; }

    public required string? Subtitle { get; init; }

    public required string? Summary { get; init; }

    public required string Url { get; init; }

    public required DateText? Date { get; init; }

    public required string? Author { get; init; }

    public required IReadOnlyList<TagLink> Tags { get; init; }

    public required string ReadingTime { get; init; }

    public required string TagsLabel { get; init; }

    public static PostSummaryView From(Post post, string language, UiStrings ui)
    {
        var translation = PostCatalog.ListedIn(post, language);
        return new PostSummaryView
        {
            Tag = translation.Tag,
            Marker = translation.Language == language ? null : LanguageMarker.For(translation, ui),
            Title = translation.Title,
            Subtitle = translation.Subtitle,
            Summary = translation.Summary,
            Url = translation.Address,
            Date = DateText.Of(post, ui),
            Author = post.Author,
            // Tag pages list untranslated posts too, so the reader stays in their language.
            Tags = translation.Tags.Select(t => new TagLink(t.Name, SiteUrls.Tag(language, t.Slug))).ToList(),
            ReadingTime = ui.MinRead(translation.ReadingMinutes),
            TagsLabel = ui.Tags,
        };
    }
}

/// <summary>"In Tiếng Việt": the words around the name are the page's language, the name is its own.</summary>
internal sealed record LanguageMarker(string Before, string Name, string NameTag, string After)
{
    public static LanguageMarker For(PostTranslation translation, UiStrings ui)
    {
        var (before, after) = ui.InLanguage();
        return new LanguageMarker(before, LanguageRegistry.Describe(translation.Language).NativeName, translation.Tag, after);
    }
}
