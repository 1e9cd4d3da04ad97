namespace Blog.Content.Posts;

/// <summary>One line of a table of contents: the heading's text, the id it links to, and the headings under it.</summary>
public sealed record TocEntry(string Id, string Text, IReadOnlyList<TocEntry> Children);
