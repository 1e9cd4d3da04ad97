namespace Blog.Pages.Shared;

/// <summary>
/// Everything the page head says about a page, already chosen (pandoc's fallbacks applied) and absolute.
/// Razor encodes each value when it writes it, so a title with quotes or <c>&lt;script&gt;</c> stays text.
/// </summary>
internal sealed record PageMeta(
    string Title,
    string Language,
    string CanonicalUrl,
    string OgType,
    string OgTitle,
    string OgLocale)
{
    public string? Description { get; init; }
    public string? Keywords { get; init; }
    public string? Author { get; init; }
    public string? Date { get; init; }
    /// <summary>Every language version (itself included) and, as <c>x-default</c>, the address that picks one.</summary>
    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    public IReadOnlyList<string> OgLocaleAlternates { get; init; } = [];
}

/// <summary>The same page in another language.</summary>
internal sealed record AlternateLink(string Language, string Url);
