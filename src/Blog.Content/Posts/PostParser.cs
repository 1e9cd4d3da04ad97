using Blog.Content.FrontMatter;
using Blog.Content.Languages;
using Blog.Content.Markdown;
using Blog.Content.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Content.Posts;

/// <summary>
/// Parses one post file into a <see cref="Post"/>: front matter, language sections, heading ids, TOC,
/// HTML and reading time, all at once, so nothing is left to do when a reader asks for the page.
/// </summary>
public sealed class PostParser
{
    /// <summary>Silent reading speed used for "n min read".</summary>
    public const int WordsPerMinute = 200;

    private readonly string _defaultLanguage;

    public PostParser(string defaultLanguage)
    {
        _defaultLanguage = LanguageRegistry.Normalize(defaultLanguage)
            ?? throw new ArgumentException($"'{defaultLanguage}' is not a language tag", nameof(defaultLanguage));
    }

    /// <param name="bytes">The file's content.</param>
    /// <param name="relativePath">The file's path under the posts folder, with '/' separators; it gives the slug and date.</param>
    /// <exception cref="PostFormatException">The file cannot be published as written.</exception>
    public PostParseResult Parse(ReadOnlySpan<byte> bytes, string relativePath)
    {
        var text = PostText.Decode(bytes);
        var split = FrontMatterSplit.Of(text);
        var matter = FrontMatterReader.Read(split.Yaml, split.YamlFirstLine);
        var fileName = PostFileName.Of(relativePath);

        var declared = matter.Lang is null ? null : LanguageRegistry.Normalize(matter.Lang)
            ?? throw new PostFormatException($"'lang: {matter.Lang}' is not a language tag such as en or vi");

        var body = split.Body;
        var document = Markdig.Markdown.Parse(body, BlogMarkdownPipeline.Instance);
        var outline = BodyOutline.Of(document, body, matter.Title, matter.Subtitle);

        var registry = new HeadingIdRegistry();
        foreach (var heading in new[] { outline.TitleHeading, outline.SubtitleHeading }.OfType<HeadingBlock>())
        {
            HeadingIds.Assign(heading, registry);
        }

        var sectionsByLanguage = outline.Sections
            .GroupBy(s => LanguageRegistry.Primary(s.Language), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<LanguageSection>)g.ToList(), StringComparer.Ordinal);
        var languages = sectionsByLanguage.Keys.ToList();
        if (languages.Count == 0)
        {
            languages.Add(LanguageRegistry.Primary(declared ?? _defaultLanguage));
        }

        var main = declared is not null && languages.Contains(LanguageRegistry.Primary(declared))
            ? LanguageRegistry.Primary(declared)
            : languages[0];

        var documentTitle = matter.Title is not null
            ? MarkdownText.Plain(matter.Title)
            : outline.TitleHeading is not null ? MarkdownText.Of(outline.TitleHeading) : fileName.Title;

        // Rendered in reading order, so the file's heading ids are handed out as pandoc would.
        var translations = languages.Select(language =>
        {
            var sections = sectionsByLanguage.GetValueOrDefault(language) ?? [];
            var first = sections.Count > 0 ? sections[0] : null;
            var tag = language == main && declared is not null ? declared : first?.Language ?? language;
            var rendered = RenderedBody.Render(body, outline, sections, registry, language == main ? string.Empty : $"{language}-");
            var ownTitle = sections.Select(s => s.TitleHeading).OfType<HeadingBlock>().FirstOrDefault();
            return Translate(
                language,
                LanguageRegistry.Canonical(tag),
                language == main,
                ownTitle is null ? documentTitle : MarkdownText.Of(ownTitle),
                matter,
                rendered,
                first?.Heading.GetAttributes().Id);
        }).ToList();

        var mainTranslation = translations.Single(t => t.Language == main);
        translations.Remove(mainTranslation);
        translations.Insert(0, mainTranslation);

        var slug = matter.Slug is null ? fileName.Slug : Slugifier.Slugify(matter.Slug);
        if (slug.Length == 0)
        {
            throw new PostFormatException($"'slug: {matter.Slug}' has no letters or digits to make a URL from");
        }

        var post = new Post(
            slug,
            relativePath,
            main,
            matter.Date ?? (matter.DateText is null ? fileName.Date : null),
            matter.DateText,
            matter.Draft,
            matter.Author,
            matter.AuthorUrl,
            matter.Keywords.Select(Tag.From).OfType<Tag>().DistinctBy(t => t.Slug).ToList(),
            new PostMeta(matter.TitlePrefix, matter.DescriptionMeta, matter.AuthorMeta, matter.DateMeta, matter.Keywords),
            translations);
        return new PostParseResult(post, matter.Warnings);
    }

    private static PostTranslation Translate(
        string language,
        string tag,
        bool isMain,
        string title,
        PostFrontMatter matter,
        RenderedBody rendered,
        string? sectionId)
    {
        var toc = matter.Toc ? TocBuilder.Build(rendered.Headings, matter.TocDepth ?? TocBuilder.DefaultDepth) : [];
        if (TocBuilder.CountEntries(toc) < 2)
        {
            toc = [];
        }

        // Pandoc's toc-title is written in the post's main language; other languages get their own default.
        var tocTitle = (isMain ? matter.TocTitle : null) ?? LanguageRegistry.Describe(language).TocTitle;

        return new PostTranslation(
            language,
            tag,
            title,
            matter.Subtitle is null ? null : MarkdownText.Plain(matter.Subtitle),
            rendered.Html,
            tocTitle,
            toc,
            rendered.WordCount,
            Math.Max(1, (int)Math.Ceiling(rendered.WordCount / (double)WordsPerMinute)),
            sectionId);
    }
}
