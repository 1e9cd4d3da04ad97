using Blog.Content.Posts;

namespace Blog.Pages.Shared;

/// <summary>A table of contents to show: its title and its nested entries.</summary>
internal sealed record TocView(string Title, IReadOnlyList<TocEntry> Entries);
