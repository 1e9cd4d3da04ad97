using Blog.Content.FrontMatter;
using Blog.Content.Markdown;
using Blog.Content.Text;

namespace Blog.Content.Posts;

/// <summary>
/// One language's version of a post. Each value is the language's own where the front matter
/// (<c>translations.xx</c>) or its section gives one; otherwise the main language's, marked as being in
/// that language; otherwise, for a translation file, the main file's.
/// </summary>
public sealed partial class PostParser
{
    private PostTranslation Translate(LanguageVersion version, SharedValues shared, List<PostWarning> warnings)
    {
        var matter = shared.Matter;
        var own = matter.Translations.GetValueOrDefault(version.Language);
        var rendered = version.Rendered;
        var (title, titleTag) = TitleOf(version, own, shared);
        var (subtitle, subtitleTag) = SubtitleOf(version, own, shared);
        var keywords = own?.Keywords ?? (matter.Keywords.Count > 0 ? matter.Keywords : shared.Inherited?.Keywords ?? []);
        var slug = SlugOf(version.Language, own, shared.Slug, warnings);
        var summary = SummaryOf(version, own, matter);
        var (description, descriptionTag) = DescriptionOf(version, own, shared, summary, subtitle, subtitleTag);
        if (description is not null && descriptionTag != version.Tag)
        {
            warnings.Add(new PostWarning(NoOwnDescription(version.Language, descriptionTag!, "'description-meta'")));
        }

        return new PostTranslation
        {
            Language = version.Language,
            Tag = version.Tag,
            Slug = slug,
            SourceFile = shared.SourceFile,
            Title = title,
            TitleTag = titleTag,
            Subtitle = subtitle,
            SubtitleTag = subtitleTag,
            Description = description,
            DescriptionTag = descriptionTag,
            Summary = summary,
            Keywords = keywords,
            Tags = keywords.Select(Tag.From).OfType<Tag>().DistinctBy(t => t.Slug).ToList(),
            Html = rendered.Html,
            Search = Blog.Content.Search.SearchTerms.Of(title, subtitle, keywords, summary, rendered.PlainText, _words),
            TocTitle = own?.TocTitle ?? (version.IsMain ? matter.TocTitle : null),
            Toc = TocOf(rendered, matter),
            HeadingLevels = rendered.Headings.Select(h => h.Level).ToList(),
            WordCount = rendered.WordCount,
            ReadingMinutes = Math.Max(1, (int)Math.Ceiling(rendered.WordCount / (double)WordsPerMinute)),
            SectionId = version.SectionId,
            AbstractHtml = version.IsMain && matter.Abstract is { Length: > 0 } abstractText ? Markdig.Markdown.ToHtml(abstractText, BlogMarkdownPipeline.Instance) : null,
        };
    }

    /// <summary>The language's own title (front matter, then its section's heading), else the document's.</summary>
    private static (string Title, string Tag) TitleOf(LanguageVersion version, LanguageMatter? own, SharedValues shared) =>
        own?.Title is { } ownTitle ? (MarkdownText.Plain(ownTitle), version.Tag)
        : version.OwnTitle is { } heading ? (MarkdownText.Of(heading), version.Tag)
        : (shared.DocumentTitle, shared.DocumentTitleTag);

    /// <summary>The language's own subtitle, else the main language's, else the main file's; often none.</summary>
    private static (string? Subtitle, string? Tag) SubtitleOf(LanguageVersion version, LanguageMatter? own, SharedValues shared) =>
        own?.Subtitle is { } ownSubtitle ? (MarkdownText.Plain(ownSubtitle), version.Tag)
        : shared.Matter.Subtitle is { } mainSubtitle ? (MarkdownText.Plain(mainSubtitle), shared.MainTag)
        : shared.Inherited?.Subtitle is { } inheritedSubtitle ? (inheritedSubtitle, shared.Inherited.SubtitleTag)
        : (null, null);

    /// <summary>The language's own slug when it has letters or digits to make one from, else the post's.</summary>
    private static string SlugOf(string language, LanguageMatter? own, string postSlug, List<PostWarning> warnings)
    {
        if (own?.Slug is not { } ownSlug)
        {
            return postSlug;
        }

        var slugified = Slugifier.Slugify(ownSlug);
        if (slugified.Length > 0)
        {
            return slugified;
        }

        warnings.Add(new PostWarning($"'translations.{language}.slug: {ownSlug}' has no letters or digits; '{postSlug}' is used"));
        return postSlug;
    }

    /// <summary>The table of contents when asked for and worth showing: one entry is no contents.</summary>
    private static IReadOnlyList<TocEntry> TocOf(RenderedBody rendered, PostFrontMatter matter)
    {
        var toc = matter.Toc ? TocBuilder.Build(rendered.Headings, matter.TocDepth ?? TocBuilder.DefaultDepth) : [];
        return TocBuilder.CountEntries(toc) < 2 ? [] : toc;
    }

    /// <summary>The summary written for the language, else its first paragraph, else its description.</summary>
    private static string? SummaryOf(LanguageVersion version, LanguageMatter? own, PostFrontMatter matter)
    {
        // The first paragraph is plain text already; parsing it again as Markdown would undo its escapes,
        // and cost as much as the paragraph is long however little of it the summary shows.
        var written = own?.Summary ?? (version.IsMain ? matter.Summary : null);
        return written is null && version.Rendered.FirstParagraph is { } firstParagraph
            ? Cut(firstParagraph)
            : Summarize(written ?? own?.DescriptionMeta ?? (version.IsMain ? matter.DescriptionMeta : null));
    }

    /// <summary>
    /// Search engines and social cards show the description as the page's own words: it must be in the
    /// page's language. Another language's text is the last resort (the caller tells the author).
    /// </summary>
    private static (string? Description, string? Tag) DescriptionOf(
        LanguageVersion version, LanguageMatter? own, SharedValues shared, string? summary, string? subtitle, string? subtitleTag)
    {
        var matter = shared.Matter;
        var ownDescription = PlainOrNull(own?.DescriptionMeta ?? (version.IsMain ? matter.DescriptionMeta ?? matter.Description : null));
        return ownDescription is not null ? (ownDescription, version.Tag)
            : summary is not null ? (summary, version.Tag)
            : subtitle is not null && subtitleTag == version.Tag ? (subtitle, version.Tag)
            : shared.Inherited?.Description is { } inheritedDescription ? (inheritedDescription, shared.Inherited.DescriptionTag)
            : (null, null);
    }

    /// <summary>A summary written in Markdown, as the plain text lists show.</summary>
    private static string? Summarize(string? markdown) => markdown is null ? null : Cut(MarkdownText.Plain(markdown));

    /// <summary>Front matter text as pandoc shows it (Markdown, smart punctuation), as plain text.</summary>
    private static string? PlainOrNull(string? markdown) => markdown is null ? null : MarkdownText.Plain(markdown);

    /// <summary>Lists show a few sentences: a long text is cut at a word, with an ellipsis.</summary>
    private static string Cut(string plain)
    {
        const int Limit = 320;
        if (plain.Length <= Limit)
        {
            return plain;
        }

        var cut = plain.LastIndexOf(' ', Limit);
        return string.Concat(plain.AsSpan(0, cut > Limit / 2 ? cut : Limit).TrimEnd(" ,;:".AsSpan()), "…");
    }
}
