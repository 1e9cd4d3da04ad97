using Blog.Pages.Shared;

namespace Blog.Pages.Posts;

/// <summary>
/// One language version of a post, ready to show, with the site's words in that language. A post page
/// holds every version; the one asked for is shown and the others carry <c>hidden</c> until the toggle
/// brings them forward.
/// </summary>
internal sealed record PostVersionView
{
    public required string Language { get; init; }

    public required string Tag { get; init; }

    public required string Url { get; init; }

    public required bool IsCurrent { get; init; }

    public required string Title { get; init; }

    /// <summary>The language of the title when it differs from the version's (a title not yet translated).</summary>
    public required string? TitleTag { get; init; }

    public required string? Subtitle { get; init; }

    public required string? SubtitleTag { get; init; }

    public required string DocumentTitle { get; init; }

    public required string? Description { get; init; }

    public required string? Author { get; init; }

    public required string? AuthorUrl { get; init; }

    public required DateText? Date { get; init; }

    public required string ReadingTime { get; init; }

    public required IReadOnlyList<TagLink> Tags { get; init; }

    public required string TagsLabel { get; init; }

    public required TocView? Toc { get; init; }

    public required string BodyHtml { get; init; }

    public required string? SectionId { get; init; }

    /// <summary>The page frame in this version's language, which the toggle puts in place with the version.</summary>
    public required SiteChrome Chrome { get; init; }

    /// <summary>Where to read next, in this version's language: it is swapped with the version; none for a page.</summary>
    public required PostNeighbours? Neighbours { get; init; }

    /// <summary>The post's abstract (the author's own rendered HTML), under the subtitle as pandoc places it.</summary>
    public string? AbstractHtml { get; init; }

    /// <summary>A standalone page (the resume): no date, reading time, tags or neighbours.</summary>
    public bool IsPage { get; init; }

    /// <summary>The section the post belongs to, for the breadcrumb; null for a page or a post at the top.</summary>
    public SectionLink? Section { get; init; }
}

/// <summary>The breadcrumb above a post: the home page, then its section's list.</summary>
internal sealed record SectionLink(string Name, string Url, string HomeName, string HomeUrl);
