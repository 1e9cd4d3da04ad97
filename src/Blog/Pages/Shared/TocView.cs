using Blog.Content.Posts;

namespace Blog.Pages.Shared;

/// <summary>
/// A table of contents to show. The shown version's TOC has pandoc's ids (<c>TOC</c>, <c>toc-title</c>);
/// the others get their language appended, so one page never holds an id twice.
/// </summary>
internal sealed record TocView(string Title, IReadOnlyList<TocEntry> Entries, string NavId, string TitleId);
