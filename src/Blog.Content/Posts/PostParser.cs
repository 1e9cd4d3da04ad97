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
public sealed partial class PostParser
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

    /// <summary>
    /// The steps of a parse, in the order their side effects need: heading ids are handed out in reading
    /// order (the title headings first, then each language's text), and warnings are said in the order
    /// the author meets them.
    /// </summary>
    private PostParseResult ParseText(string text, string relativePath, PostParseContext context)
    {
        var source = ReadSource(text, relativePath, context);
        var languages = PickLanguages(source);
        var shared = ResolveShared(source, languages, context);
        var translations = RenderLanguages(source, languages, shared, context);
        return Assemble(source, languages, translations, context);
    }

    /// <summary>Front matter and body checked and parsed, the language the file declares, and the body's outline.</summary>
    private static SourceFile ReadSource(string text, string relativePath, PostParseContext context)
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
        var declared = DeclaredLanguage(matter, context.FileLanguage, warnings);

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

        return new SourceFile(relativePath, matter, fileName, declared, body, bodyFirstLine, outline, warnings);
    }

    /// <summary>The language the front matter gives; a translation file's name overrides one that differs.</summary>
    private static string? DeclaredLanguage(PostFrontMatter matter, string? fileLanguage, List<PostWarning> warnings)
    {
        var declared = matter.Lang is null ? null : LanguageRegistry.Normalize(matter.Lang)
            ?? throw new PostFormatException($"'lang: {matter.Lang}' is not a language tag such as en or vi");
        if (fileLanguage is null)
        {
            return declared;
        }

        var agrees = declared is not null && LanguageRegistry.Primary(declared) == LanguageRegistry.Primary(fileLanguage);
        if (declared is not null && !agrees)
        {
            warnings.Add(new PostWarning($"'lang: {matter.Lang}' differs from the file name's language '{fileLanguage}'; the file name wins"));
        }

        return agrees ? declared : fileLanguage;
    }

    /// <summary>
    /// The languages the file has text in, in reading order (the declared or default one when it has no
    /// sections), and which of them is the main one, with its full tag.
    /// </summary>
    private LanguagePick PickLanguages(SourceFile source)
    {
        var sectionsByLanguage = source.Outline.Sections
            .GroupBy(s => LanguageRegistry.Primary(s.Language), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LanguageSection>)g.ToList(), StringComparer.Ordinal);
        var languages = sectionsByLanguage.Keys.ToList();
        if (languages.Count > MaxLanguagesPerFile)
        {
            // Each language's page is rendered on its own, with the shared text again: the cost grows
            // with languages times text (400 languages over 20 KB took a second and 266 MB).
            var first = source.Outline.Sections.First(s => LanguageRegistry.Primary(s.Language) == languages[MaxLanguagesPerFile]);
            throw new PostFormatException(
                $"the file has sections in more than {MaxLanguagesPerFile} languages; put the others in translation files of their own (post.xx.md)",
                source.BodyFirstLine + first.Opener.Line,
                1);
        }

        var declared = source.Declared;
        if (languages.Count == 0)
        {
            languages.Add(LanguageRegistry.Primary(declared ?? _defaultLanguage));
        }

        // The declared language is the main one when the file has text in it; its full tag (en-GB) is kept.
        var declaredPrimary = declared is null ? null : LanguageRegistry.Primary(declared);
        var main = declaredPrimary is not null && languages.Contains(declaredPrimary) ? declaredPrimary : languages[0];
        var mainTag = LanguageRegistry.Canonical(declaredPrimary == main ? declared! : main);
        return new LanguagePick(languages, sectionsByLanguage, main, mainTag);
    }

    /// <summary>What every language version starts from: the post's slug and the document's title.</summary>
    private static SharedValues ResolveShared(SourceFile source, LanguagePick languages, PostParseContext context)
    {
        var matter = source.Matter;
        var inherited = context.Inherited;
        var slug = matter.Slug is not null ? Slugifier.Slugify(matter.Slug) : inherited?.Slug ?? source.FileName.Slug;
        if (slug.Length == 0)
        {
            throw new PostFormatException($"'slug: {matter.Slug}' has no letters or digits to make a URL from");
        }

        // The front matter's title, else the body's title heading, else the main file's, else the file name's.
        var (title, titleTag) = matter.Title is not null ? (MarkdownText.Plain(matter.Title), languages.MainTag)
            : source.Outline.TitleHeading is not null ? (MarkdownText.Of(source.Outline.TitleHeading), languages.MainTag)
            : inherited is not null ? (inherited.Title, inherited.TitleTag)
            : (source.FileName.Title, languages.MainTag);
        return new SharedValues(matter, source.RelativePath, title, titleTag, languages.MainTag, slug, inherited);
    }

    /// <summary>Each language's version, rendered in reading order so the file's heading ids are handed out as pandoc would.</summary>
    private List<PostTranslation> RenderLanguages(SourceFile source, LanguagePick languages, SharedValues shared, PostParseContext context)
    {
        var translations = new List<PostTranslation>(languages.Languages.Count);
        var lineStarts = LineStarts(source.Body);

        // Text shared by the languages is rendered with each: what it holds is reported once.
        var warnedAt = new HashSet<int>();
        foreach (var language in languages.Languages)
        {
            var sections = languages.SectionsByLanguage.GetValueOrDefault(language) ?? [];
            var first = sections.Count > 0 ? sections[0] : null;
            var isMain = language == languages.Main;
            var tag = LanguageRegistry.Canonical(isMain ? languages.MainTag : first?.Language ?? language);
            var prefix = isMain && !context.IsTranslationFile ? string.Empty : $"{language}-";
            var rendered = RenderedBody.Render(source.Body, source.Outline, sections, context.Registry, prefix, _siteFiles, context.Renderings);
            foreach (var (message, offset) in rendered.MarkupWarnings.Where(w => warnedAt.Add(w.BodyOffset)))
            {
                var (line, column) = Place(offset, lineStarts, source.BodyFirstLine);
                source.Warnings.Add(new PostWarning(message, line, column));
            }

            var version = new LanguageVersion(
                language,
                tag,
                isMain,
                rendered,
                sections.Select(s => s.TitleHeading).OfType<HeadingBlock>().FirstOrDefault(),
                first?.Opener.TryGetAttributes()?.Id);
            var translation = Translate(version, shared, source.Warnings);
            translations.Add(rendered.Links.Count == 0 ? translation : translation with
            {
                Links = rendered.Links.Select(link => At(link.Url, link.BodyOffset, lineStarts, source.BodyFirstLine)).ToList(),
            });
        }

        return translations;
    }

    /// <summary>
    /// The post: the main version first, every other one described in its own words or, failing that,
    /// in the main version's (and the author told), with the file's dates.
    /// </summary>
    private static PostParseResult Assemble(SourceFile source, LanguagePick languages, List<PostTranslation> translations, PostParseContext context)
    {
        var matter = source.Matter;
        var warnings = source.Warnings;
        foreach (var unused in matter.Translations.Keys.Except(languages.Languages))
        {
            warnings.Add(new PostWarning($"'translations' gives values for '{unused}', but the file has no text in that language"));
        }

        var mainTranslation = translations.Single(t => t.Language == languages.Main);
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
            source.RelativePath,
            languages.Main,
            matter.Date ?? (matter.DateText is null ? source.FileName.Date : null),
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

    /// <summary>The file read and checked: what every later step works from.</summary>
    /// <param name="Declared">The language the file says it is in (its name's, for a translation file); null when it says none.</param>
    /// <param name="Warnings">What the author is told, in the order found; later steps add to it.</param>
    private sealed record SourceFile(
        string RelativePath,
        PostFrontMatter Matter,
        PostFileName FileName,
        string? Declared,
        string Body,
        int BodyFirstLine,
        BodyOutline Outline,
        List<PostWarning> Warnings);

    /// <summary>The file's languages (primary subtags, in reading order), their sections, and the main one.</summary>
    private sealed record LanguagePick(
        List<string> Languages, Dictionary<string, IReadOnlyList<LanguageSection>> SectionsByLanguage, string Main, string MainTag);

    /// <summary>What all language versions share, and fall back to.</summary>
    private sealed record SharedValues(
        PostFrontMatter Matter, string SourceFile, string DocumentTitle, string DocumentTitleTag, string MainTag, string Slug, InheritedValues? Inherited);

    /// <summary>One language's text as rendered, and what its section says of it.</summary>
    /// <param name="OwnTitle">The title heading of the language's section, if it has one.</param>
    /// <param name="SectionId">The id of the language's section, when the author gave one.</param>
    private sealed record LanguageVersion(
        string Language, string Tag, bool IsMain, RenderedBody Rendered, HeadingBlock? OwnTitle, string? SectionId);
}
