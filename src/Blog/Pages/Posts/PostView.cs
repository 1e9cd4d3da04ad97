using Blog.Pages.Shared;

namespace Blog.Pages.Posts;

/// <summary>One language version of a post, ready to show.</summary>
internal sealed record PostView(
    string Language,
    string Title,
    string? Subtitle,
    string? Author,
    string? AuthorUrl,
    DateText? Date,
    int ReadingMinutes,
    IReadOnlyList<TagLink> Tags,
    TocView? Toc,
    IReadOnlyList<LanguageLink> Languages,
    string BodyHtml,
    string? SectionId);
