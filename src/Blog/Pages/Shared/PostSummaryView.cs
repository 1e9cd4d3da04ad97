using Blog.Content.Posts;
using Blog.Content.Languages;
using Blog.Routing;

namespace Blog.Pages.Shared;

/// <summary>A post as listed on the home and tag pages, in the reader's language when the post has it.</summary>
internal sealed record PostSummaryView(
    string Language,
    string? OtherLanguageName,
    string Title,
    string? Subtitle,
    string Url,
    DateText? Date,
    string? Author,
    IReadOnlyList<TagLink> Tags,
    int ReadingMinutes)
{
    public static PostSummaryView From(Post post, string language, SiteUrls urls)
    {
        var translation = post.In(language) ?? post.Main;
        return new PostSummaryView(
            translation.Tag,
            translation.Language == language ? null : LanguageRegistry.Describe(translation.Language).NativeName,
            translation.Title,
            translation.Subtitle,
            urls.Post(post.Slug, translation.Language),
            DateText.Of(post, translation.Tag),
            post.Author,
            post.Tags.Select(t => new TagLink(t.Name, SiteUrls.Tag(t.Slug))).ToList(),
            translation.ReadingMinutes);
    }
}
