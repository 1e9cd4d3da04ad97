namespace Blog.Content.Posts;

/// <summary>
/// Pandoc's values for the page head that are the same in every language:
/// <c>title-prefix</c>, <c>author-meta</c>, <c>date-meta</c>.
/// </summary>
public sealed record PostMeta(string? TitlePrefix, string? Author, string? Date);
