namespace Blog.Content.Posts;

/// <summary>
/// A post as a reader of one language sees it: already rendered, with its own contents and reading time.
/// </summary>
/// <param name="Language">The primary language subtag the site keys languages by (<c>en</c>).</param>
/// <param name="Tag">The full BCP 47 tag for <c>lang</c> attributes (<c>en-US</c> when the author wrote it).</param>
/// <param name="SectionId">The id pandoc gives the language heading (<c>tiếng-việt</c>), for old links; null without sections.</param>
public sealed record PostTranslation(
    string Language,
    string Tag,
    string Title,
    string? Subtitle,
    string Html,
    string TocTitle,
    IReadOnlyList<TocEntry> Toc,
    int WordCount,
    int ReadingMinutes,
    string? SectionId);
