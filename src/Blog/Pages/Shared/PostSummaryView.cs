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
internal sealed record PostSummaryView(
    string Tag,
    LanguageMarker? Marker,
    string Title,
    string? Subtitle,
    string? Summary,
    string Url,
    DateText? Date,
    string? Author,
    IReadOnlyList<TagLink> Tags,
    string ReadingTime,
    string TagsLabel)
{

    public static PostSummaryView From(Post post, string language, UiStrings ui)
    {
        var translation = PostCatalog.ListedIn(post, language);
        return new PostSummaryView(
            translation.Tag,
            translation.Language == language ? null : LanguageMarker.For(translation, ui),
            translation.Title,
            translation.Subtitle,
            translation.Summary,
            translation.Address,
            DateText.Of(post, ui),
            post.Author,
            // Tag pages list untranslated posts too, so the reader stays in their language.
            translation.Tags.Select(t => new TagLink(t.Name, SiteUrls.Tag(language, t.Slug))).ToList(),
            ui.MinRead(translation.ReadingMinutes),
            ui.Tags);
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
