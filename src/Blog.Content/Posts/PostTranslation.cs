namespace Blog.Content.Posts;

/// <summary>
/// A post as a reader of one language sees it: already rendered, with its own contents and reading time.
/// </summary>
public sealed record PostTranslation(
    string Language,
    string Title,
    string? Subtitle,
    string Html,
    string TocTitle,
    IReadOnlyList<TocEntry> Toc,
    int WordCount,
    int ReadingMinutes);
