namespace Blog.Content.Posts;

/// <summary>
/// Pandoc's values for the page head, kept apart from what the page shows:
/// <c>title-prefix</c>, <c>description-meta</c>, <c>author-meta</c>, <c>date-meta</c>, <c>keywords</c>.
/// </summary>
public sealed record PostMeta(
    string? TitlePrefix,
    string? Description,
    string? Author,
    string? Date,
    IReadOnlyList<string> Keywords);
