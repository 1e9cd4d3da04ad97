using Blog.Content.Posts;

namespace Blog.Content.FrontMatter;

/// <summary>
/// The front matter keys this blog understands, with pandoc's meaning, already checked for type.
/// Every key is optional. Keys it does not know are ignored (pandoc documents carry many); an unknown one
/// that is not pandoc's either is a warning.
/// </summary>
internal sealed record PostFrontMatter
{
    public static PostFrontMatter Empty { get; } = new();

    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public PostDate? Date { get; init; }

    /// <summary>The date as written, kept when it is not a date this blog can read, to show it as is.</summary>
    public string? DateText { get; init; }
    public string? Author { get; init; }
    public string? AuthorUrl { get; init; }
    public string? Lang { get; init; }
    public string? TocTitle { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? TitlePrefix { get; init; }
    public string? DateMeta { get; init; }
    public string? AuthorMeta { get; init; }
    public string? DescriptionMeta { get; init; }

    /// <summary>pandoc's <c>description</c>: its meta description when <c>description-meta</c> is not given.</summary>
    public string? Description { get; init; }
    public bool Draft { get; init; }
    public string? Slug { get; init; }
    public bool Toc { get; init; } = true;
    public int? TocDepth { get; init; }

    /// <summary>The post's summary for lists and feeds; else its first paragraph.</summary>
    public string? Summary { get; init; }

    /// <summary>pandoc's <c>abstract</c> (Markdown): shown under the subtitle of the main language's version.</summary>
    public string? Abstract { get; init; }

    /// <summary>When the post last changed meaningfully; else the file's last write time.</summary>
    public PostDate? Updated { get; init; }

    /// <summary>Other addresses of the post (Hugo's <c>aliases</c>): old links that should lead to it.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The picture for social cards: an absolute URL or a path on this site.</summary>
    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    public int? ImageWidth { get; init; }

    public int? ImageHeight { get; init; }
    public IReadOnlyList<PostWarning> Warnings { get; init; } = [];

    /// <summary>Per-language values from <c>translations:</c>, keyed by primary language subtag.</summary>
    public IReadOnlyDictionary<string, LanguageMatter> Translations { get; init; } = new Dictionary<string, LanguageMatter>();
}
