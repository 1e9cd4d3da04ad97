using Blog.Content.Search;
using Blog.Content.FrontMatter;
using Blog.Content.Languages;
using Blog.Content.Markdown;
using Blog.Content.Markdown.Budget;
using Blog.Content.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Microsoft.Extensions.FileProviders;

namespace Blog.Content.Posts;

/// <summary>
/// Parses one post file into a <see cref="Post"/>: front matter, language sections, heading ids, TOC,
/// HTML and reading time, all at once, so nothing is left to do when a reader asks for the page.
/// </summary>
public sealed class PostParser
{
    /// <summary>Silent reading speed used for "n min read".</summary>
    public const int WordsPerMinute = 200;

    /// <summary>Languages one file may hold in sections: as many as the blog knows by name.</summary>
    public const int MaxLanguagesPerFile = 12;

    private readonly string _defaultLanguage;
    private readonly IFileProvider? _siteFiles;
    private readonly WordPool _words;

    /// <param name="defaultLanguage">The language of posts that name none.</param>
    /// <param name="siteFiles">The site's files by their path (<c>/images/x.png</c>), to measure pictures; null if there are none.</param>
    public PostParser(string defaultLanguage, IFileProvider? siteFiles = null)
        : this(defaultLanguage, siteFiles, new WordPool())
    {
    }

    /// <param name="words">Shared with the other parsers of one loader, so posts share their search words.</param>
    internal PostParser(string defaultLanguage, IFileProvider? siteFiles, WordPool words)
    {
        _words = words;
        _siteFiles = siteFiles;
        _defaultLanguage = LanguageRegistry.Normalize(defaultLanguage)
            ?? throw new ArgumentException($"'{defaultLanguage}' is not a language tag", nameof(defaultLanguage));
    }

    /// <param name="bytes">The file's content.</param>
    /// <param name="relativePath">The file's path under the posts folder, with '/' separators; it gives the slug and date.</param>
    /// <exception cref="PostFormatException">The file cannot be published as written.</exception>
    public PostParseResult Parse(ReadOnlySpan<byte> bytes, string relativePath) =>
        Parse(bytes, relativePath, PostParseContext.Standalone());

    internal PostParseResult Parse(ReadOnlySpan<byte> bytes, string relativePath, PostParseContext context)
    {
        try
        {
            return ParseText(PostText.Decode(bytes), relativePath, context);
        }
        catch (ArgumentException ex) when (ex.Source == typeof(Markdig.Markdown).Assembly.GetName().Name)
        {
            // Markdig refuses input nested deeper than it can render (thousands of '>' or list levels).
            throw new PostFormatException($"the Markdown cannot be rendered: {ex.Message}", inner: ex);
        }
        catch (MarkupLimitException ex)
        {
            // From Markdown in the front matter (a title, a summary): the body's limits are met first, with their line.
            throw new PostFormatException(ex.Message, inner: ex);
        }
    }

    private PostParseResult ParseText(string text, string relativePath, PostParseContext context)
    {
        var split = FrontMatterSplit.Of(text);
        if (split.Yaml is not null)
        {
            NestingGuard.CheckFrontMatter(split.Yaml, split.YamlFirstLine);
        }

        var bodyFirstLine = split.BodyFirstLine;
        NestingGuard.CheckMarkdown(split.Body, bodyFirstLine);
        var matter = FrontMatterReader.Read(split.Yaml, split.YamlFirstLine);
        var fileName = PostFileName.Of(relativePath, context.FileLanguage);
        var warnings = new List<PostWarning>(matter.Warnings);

        var declared = matter.Lang is null ? null : LanguageRegistry.Normalize(matter.Lang)
            ?? throw new PostFormatException($"'lang: {matter.Lang}' is not a language tag such as en or vi");
        if (context.FileLanguage is { } fileLanguage)
        {
            var agrees = declared is not null && LanguageRegistry.Primary(declared) == LanguageRegistry.Primary(fileLanguage);
            if (declared is not null && !agrees)
            {
                warnings.Add(new PostWarning($"'lang: {matter.Lang}' differs from the file name's language '{fileLanguage}'; the file name wins"));
            }

            declared = agrees ? declared : fileLanguage;
        }

        var body = split.Body;
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, BlogMarkdownPipeline.Instance);
        }
        catch (MarkupLimitException ex)
        {
            throw new PostFormatException(ex.Message, bodyFirstLine + ex.Line, ex.Column + 1, ex);
        }

        var outline = BodyOutline.Of(document, body, matter.Title, matter.Subtitle);

        foreach (var heading in new[] { outline.TitleHeading, outline.SubtitleHeading }.OfType<HeadingBlock>())
        {
            HeadingIds.Assign(heading, context.Registry);
        }

        var sectionsByLanguage = outline.Sections
            .GroupBy(s => LanguageRegistry.Primary(s.Language), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LanguageSection>)g.ToList(), StringComparer.Ordinal);
        var languages = sectionsByLanguage.Keys.ToList();
        if (languages.Count > MaxLanguagesPerFile)
        {
            // Each language's page is rendered on its own, with the shared text again: the cost grows
            // with languages times text (400 languages over 20 KB took a second and 266 MB).
            var first = outline.Sections.First(s => LanguageRegistry.Primary(s.Language) == languages[MaxLanguagesPerFile]);
            throw new PostFormatException(
                $"the file has sections in more than {MaxLanguagesPerFile} languages; put the others in translation files of their own (post.xx.md)",
                bodyFirstLine + first.Opener.Line,
                1);
        }

        if (languages.Count == 0)
        {
            languages.Add(LanguageRegistry.Primary(declared ?? _defaultLanguage));
        }

        var main = declared is not null && languages.Contains(LanguageRegistry.Primary(declared))
            ? LanguageRegistry.Primary(declared)
            : languages[0];
        var mainTag = LanguageRegistry.Canonical(declared is not null && LanguageRegistry.Primary(declared) == main ? declared : main);

        var inherited = context.Inherited;
        var slug = matter.Slug is not null ? Slugifier.Slugify(matter.Slug) : inherited?.Slug ?? fileName.Slug;
        if (slug.Length == 0)
        {
            throw new PostFormatException($"'slug: {matter.Slug}' has no letters or digits to make a URL from");
        }

        var (documentTitle, documentTitleTag) = matter.Title is not null ? (MarkdownText.Plain(matter.Title), mainTag)
            : outline.TitleHeading is not null ? (MarkdownText.Of(outline.TitleHeading), mainTag)
            : inherited is not null ? (inherited.Title, inherited.TitleTag)
            : (fileName.Title, mainTag);
        var shared = new SharedValues(matter, documentTitle, documentTitleTag, mainTag, slug, inherited);

        // Rendered in reading order, so the file's heading ids are handed out as pandoc would.
        var translations = new List<PostTranslation>();
        var lineStarts = LineStarts(body);

        // Text shared by the languages is rendered with each: what it holds is reported once.
        var warnedAt = new HashSet<int>();
        foreach (var language in languages)
        {
            var sections = sectionsByLanguage.GetValueOrDefault(language) ?? [];
            var first = sections.Count > 0 ? sections[0] : null;
            var isMain = language == main;
            var tag = LanguageRegistry.Canonical(isMain ? mainTag : first?.Language ?? language);
            var prefix = isMain && !context.IsTranslationFile ? string.Empty : $"{language}-";
            var rendered = RenderedBody.Render(body, outline, sections, context.Registry, prefix, _siteFiles, context.Renderings);
            foreach (var (message, offset) in rendered.MarkupWarnings.Where(w => warnedAt.Add(w.BodyOffset)))
            {
                var (line, column) = Place(offset, lineStarts, bodyFirstLine);
                warnings.Add(new PostWarning(message, line, column));
            }

            var ownTitle = sections.Select(s => s.TitleHeading).OfType<HeadingBlock>().FirstOrDefault();
            var translation = Translate(language, tag, isMain, relativePath, shared, rendered, ownTitle, first?.Opener.TryGetAttributes()?.Id, warnings);
            translations.Add(rendered.Links.Count == 0 ? translation : translation with
            {
                Links = rendered.Links.Select(link => At(link.Url, link.BodyOffset, lineStarts, bodyFirstLine)).ToList(),
            });
        }

        foreach (var unused in matter.Translations.Keys.Except(languages))
        {
            warnings.Add(new PostWarning($"'translations' gives values for '{unused}', but the file has no text in that language"));
        }

        var mainTranslation = translations.Single(t => t.Language == main);
        translations.Remove(mainTranslation);
        translations.Insert(0, mainTranslation);
        for (var i = 1; i < translations.Count; i++)
        {
            if (translations[i].Description is null && mainTranslation.Description is not null)
            {
                warnings.Add(new PostWarning(NoOwnDescription(translations[i].Language, mainTranslation.DescriptionTag!, $"'translations.{translations[i].Language}.description-meta'")));
                translations[i] = translations[i] with { Description = mainTranslation.Description, DescriptionTag = mainTranslation.DescriptionTag };
            }
        }

        var image = matter.Image is { Length: > 0 } imageUrl
            ? new PostImage(imageUrl.Trim(), matter.ImageAlt, matter.ImageWidth, matter.ImageHeight)
            : null;
        var post = new Post(
            relativePath,
            main,
            matter.Date ?? (matter.DateText is null ? fileName.Date : null),
            matter.DateText,
            matter.Draft,
            matter.Author,
            matter.AuthorUrl,
            new PostMeta(matter.TitlePrefix, matter.AuthorMeta, matter.DateMeta),
            translations)
        {
            Updated = matter.Updated?.Instant,
            Written = context.LastWrite,
            Aliases = matter.Aliases,
            Image = image,
        };
        return new PostParseResult(post, warnings);
    }

    private PostTranslation Translate(
        string language,
        string tag,
        bool isMain,
        string sourceFile,
        SharedValues shared,
        RenderedBody rendered,
        HeadingBlock? ownTitle,
        string? sectionId,
        List<PostWarning> warnings)
    {
        var matter = shared.Matter;
        var own = matter.Translations.GetValueOrDefault(language);

        // A language's own value wins; otherwise the main language's, marked as being in that language.
        var (title, titleTag) = own?.Title is { } ownTitleText ? (MarkdownText.Plain(ownTitleText), tag)
            : ownTitle is not null ? (MarkdownText.Of(ownTitle), tag)
            : (shared.DocumentTitle, shared.DocumentTitleTag);
        var (subtitle, subtitleTag) = own?.Subtitle is { } ownSubtitle ? (MarkdownText.Plain(ownSubtitle), tag)
            : matter.Subtitle is { } mainSubtitle ? (MarkdownText.Plain(mainSubtitle), shared.MainTag)
            : shared.Inherited?.Subtitle is { } inheritedSubtitle ? (inheritedSubtitle, shared.Inherited.SubtitleTag)
            : ((string?)null, (string?)null);

        var keywords = own?.Keywords ?? (matter.Keywords.Count > 0 ? matter.Keywords : shared.Inherited?.Keywords ?? []);
        var slug = shared.Slug;
        if (own?.Slug is { } ownSlug)
        {
            var slugified = Slugifier.Slugify(ownSlug);
            if (slugified.Length > 0)
            {
                slug = slugified;
            }
            else
            {
                warnings.Add(new PostWarning($"'translations.{language}.slug: {ownSlug}' has no letters or digits; '{slug}' is used"));
            }
        }

        var toc = matter.Toc ? TocBuilder.Build(rendered.Headings, matter.TocDepth ?? TocBuilder.DefaultDepth) : [];
        if (TocBuilder.CountEntries(toc) < 2)
        {
            toc = [];
        }

        // The first paragraph is plain text already; parsing it again as Markdown would undo its escapes,
        // and cost as much as the paragraph is long however little of it the summary shows.
        var written = own?.Summary ?? (isMain ? matter.Summary : null);
        var summary = written is null && rendered.FirstParagraph is { } firstParagraph
            ? Cut(firstParagraph)
            : Summarize(written ?? own?.DescriptionMeta ?? (isMain ? matter.DescriptionMeta : null));

        // Search engines and social cards show the description as the page's own words: it must be in the
        // page's language. Another language's text is the last resort, and the author hears of it.
        var ownDescription = PlainOrNull(own?.DescriptionMeta ?? (isMain ? matter.DescriptionMeta ?? matter.Description : null));
        var (description, descriptionTag) = ownDescription is not null ? (ownDescription, tag)
            : summary is not null ? (summary, tag)
            : subtitle is not null && subtitleTag == tag ? (subtitle, tag)
            : shared.Inherited?.Description is { } inheritedDescription ? (inheritedDescription, shared.Inherited.DescriptionTag)
            : ((string?)null, (string?)null);
        if (description is not null && descriptionTag != tag)
        {
            warnings.Add(new PostWarning(NoOwnDescription(language, descriptionTag!, "'description-meta'")));
        }

        return new PostTranslation
        {
            Language = language,
            Tag = tag,
            Slug = slug,
            SourceFile = sourceFile,
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
            TocTitle = own?.TocTitle ?? (isMain ? matter.TocTitle : null),
            Toc = toc,
            HeadingLevels = rendered.Headings.Select(h => h.Level).ToList(),
            WordCount = rendered.WordCount,
            ReadingMinutes = Math.Max(1, (int)Math.Ceiling(rendered.WordCount / (double)WordsPerMinute)),
            SectionId = sectionId,
            AbstractHtml = isMain && matter.Abstract is { Length: > 0 } abstractText ? Markdig.Markdown.ToHtml(abstractText, BlogMarkdownPipeline.Instance) : null,
        };
    }

    private static List<int> LineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = body.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = body.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;
    }

    /// <summary>A link and where it is in the file.</summary>
    private static LinkAt At(string url, int offset, List<int> lineStarts, int bodyFirstLine)
    {
        var (line, column) = Place(offset, lineStarts, bodyFirstLine);
        return new LinkAt(url, line, column);
    }

    /// <summary>A place in the body as the author finds it: line and column in the file.</summary>
    private static (int Line, int Column) Place(int offset, List<int> lineStarts, int bodyFirstLine)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (bodyFirstLine + line, offset - lineStarts[line] + 1);
    }

    private static string NoOwnDescription(string language, string usedTag, string key) =>
        $"the '{language}' version has no description, summary, first paragraph or subtitle of its own, so its pages describe it in '{usedTag}'; give it {key}";

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

    private sealed record SharedValues(
        PostFrontMatter Matter, string DocumentTitle, string DocumentTitleTag, string MainTag, string Slug, InheritedValues? Inherited);
}
