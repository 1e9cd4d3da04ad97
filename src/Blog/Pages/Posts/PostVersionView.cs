using Blog.Pages.Shared;

namespace Blog.Pages.Posts;

/// <summary>
/// One language version of a post, ready to show, with the site's words in that language. A post page
/// holds every version; the one asked for is shown and the others carry <c>hidden</c> until the toggle
/// brings them forward.
/// </summary>
/// <param name="TitleTag">The language of the title when it differs from the version's (a title not yet translated).</param>
/// <param name="Chrome">The page frame in this version's language, which the toggle puts in place with the version.</param>
/// <param name="Neighbours">Where to read next, in this version's language: it is swapped with the version; none for a page.</param>
internal sealed record PostVersionView(
    string Language,
    string Tag,
    string Url,
    bool IsCurrent,
    string Title,
    string? TitleTag,
    string? Subtitle,
    string? SubtitleTag,
    string DocumentTitle,
    string? Description,
    string? Author,
    string? AuthorUrl,
    DateText? Date,
    string ReadingTime,
    IReadOnlyList<TagLink> Tags,
    string TagsLabel,
    TocView? Toc,
    string BodyHtml,
    string? SectionId,
    SiteChrome Chrome,
    PostNeighbours? Neighbours)
{
    /// <summary>The post's abstract (the author's own rendered HTML), under the subtitle as pandoc places it.</summary>
    public string? AbstractHtml { get; init; }

    /// <summary>A standalone page (the resume): no date, reading time, tags or neighbours.</summary>
    public bool IsPage { get; init; }

    /// <summary>The section the post belongs to, for the breadcrumb; null for a page or a post at the top.</summary>
    public SectionLink? Section { get; init; }
}

/// <summary>The breadcrumb above a post: the home page, then its section's list.</summary>
internal sealed record SectionLink(string Name, string Url, string HomeName, string HomeUrl);
