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

    /// <summary>The same page in other languages: hreflang alternates with x-default, and OpenGraph's locales.</summary>
    public PageMeta InLanguages(IReadOnlyCollection<string> languages, string current, Func<string, string> absoluteUrlIn, string anyLanguageUrl) =>
        languages.Count < 2
            ? this
            : this with
            {
                Alternates = [.. languages.Select(l => new AlternateLink(l, absoluteUrlIn(l))), new AlternateLink("x-default", anyLanguageUrl)],
                OgLocaleAlternates = languages.Where(l => l != current).Select(l => Blog.Content.Languages.LanguageRegistry.Describe(l).OgLocale).ToList(),
            };
}

/// <summary>The same page in another language.</summary>
internal sealed record AlternateLink(string Language, string Url);
