namespace Blog.Content.Posts;

/// <summary>
/// A post as a reader of one language sees it: its own address, title, tags and contents, already
/// rendered. Values the language does not set for itself come from the main language, and
/// <see cref="TitleTag"/>/<see cref="SubtitleTag"/> then say which language that text is in.
/// </summary>
public sealed record PostTranslation
{
    /// <summary>The primary language subtag the site keys languages by (<c>en</c>).</summary>
    public required string Language { get; init; }

    /// <summary>The full BCP 47 tag for <c>lang</c> attributes (<c>en-US</c> when the author wrote it).</summary>
    public required string Tag { get; init; }

    public required string Slug { get; init; }

    /// <summary>
    /// Where this version is served (<c>/en/posts/my-post</c>), made from the site's permalink pattern
    /// by the loader, which also settles clashes; before that, the default pattern's address.
    /// </summary>
    public string Address
    {
        get => _address ?? $"/{Language}/posts/{Slug}";
        init => _address = value;
    }

    private readonly string? _address;

    /// <summary>The file this language's text comes from, relative to the posts folder.</summary>
    public required string SourceFile { get; init; }

    public required string Title { get; init; }

    public required string TitleTag { get; init; }

    public string? Subtitle { get; init; }

    public string? SubtitleTag { get; init; }

    /// <summary>
    /// What the page says it is about, for its meta description, social cards and structured data, in
    /// this language: its own <c>description-meta</c>, else its summary, else its own subtitle. The main
    /// language's description only when this language has none of these (<see cref="DescriptionTag"/> then
    /// says so, and the post has a warning); null when no language has any.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>The language <see cref="Description"/> is written in.</summary>
    public string? DescriptionTag { get; init; }

    /// <summary>A few sentences for lists and feeds: <c>summary</c>, else the first paragraph, else the description.</summary>
    public string? Summary { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<Tag> Tags { get; init; } = [];

    public required string Html { get; init; }

    /// <summary>This version's words for search.</summary>
    public Blog.Content.Search.SearchTerms Search { get; init; } = Blog.Content.Search.SearchTerms.Empty;

    /// <summary>The author's TOC title; null means the site's word for "Contents" in this language.</summary>
    public string? TocTitle { get; init; }

    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    /// <summary>The levels of the top-level headings in order, to compare translations' structure.</summary>
    public IReadOnlyList<int> HeadingLevels { get; init; } = [];

    public int WordCount { get; init; }

    public int ReadingMinutes { get; init; }

    /// <summary>The links of the body (not pictures) as written, with where they are in the file, for the author's check.</summary>
    public IReadOnlyList<LinkAt> Links { get; init; } = [];

    /// <summary>The front matter's <c>abstract</c>, rendered (main language only, as pandoc has one); null without one.</summary>
    public string? AbstractHtml { get; init; }

    /// <summary>The id pandoc gives the language heading (<c>tiếng-việt</c>), for old links; null without sections.</summary>
    public string? SectionId { get; init; }
}

/// <summary>A link as written in a post, and where: line and column in its file.</summary>
public sealed record LinkAt(string Url, int Line, int Column);
