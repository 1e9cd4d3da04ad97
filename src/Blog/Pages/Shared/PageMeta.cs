using Microsoft.AspNetCore.Html;

namespace Blog.Pages.Shared;

/// <summary>
/// Everything the page head says about a page, already chosen (pandoc's fallbacks applied) and absolute.
/// Razor encodes each value when it writes it, so a title with quotes or <c>&lt;script&gt;</c> stays text.
/// </summary>
/// <param name="CanonicalUrl">Null for an answer that is no page of the site (not found, an error): it has no address to name.</param>
internal sealed record PageMeta(
    string Title,
    string Language,
    string? CanonicalUrl,
    string OgType,
    string OgTitle,
    string OgLocale)
{
    public string? Description { get; init; }
    public string? Keywords { get; init; }
    public string? Author { get; init; }
    public string? Date { get; init; }
    public string? SiteName { get; init; }

    /// <summary>Asks search engines not to index the page: the not-found and error pages, shown at any address.</summary>
    public bool NoIndex { get; init; }

    /// <summary>Every language version (itself included) and, as <c>x-default</c>, the address that picks one.</summary>
    public IReadOnlyList<AlternateLink> Alternates { get; init; } = [];

    public IReadOnlyList<string> OgLocaleAlternates { get; init; } = [];

    public SocialImage? Image { get; init; }

    /// <summary>OpenGraph's article facts, for post pages.</summary>
    public ArticleFacts? Article { get; init; }

    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];

    /// <summary>
    /// Structured data, serialized by <see cref="StructuredData"/> with every <c>&lt;</c> escaped, so it
    /// is written as is inside its script element and cannot end it early.
    /// </summary>
    public HtmlString? JsonLd { get; init; }

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

/// <summary>A picture for social cards, its address absolute.</summary>
internal sealed record SocialImage(string Url, int? Width, int? Height, string? Alt);

/// <summary>When an article was published and changed, who wrote it, and its tags.</summary>
internal sealed record ArticleFacts(string? PublishedTime, string? ModifiedTime, string? Author, IReadOnlyList<string> Tags);

/// <summary>A feed for autodiscovery: <c>&lt;link rel="alternate" type="application/rss+xml"&gt;</c>.</summary>
internal sealed record FeedLink(string Title, string MediaType, string Url);
