using Blog.Content.FrontMatter;
using Blog.Content.Languages;
using Blog.Content.Markdown;
using Blog.Content.Text;

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
    public Post Parse(ReadOnlySpan<byte> bytes, string relativePath)
    {
        var text = PostText.Decode(bytes);
        var split = FrontMatterSplit.Of(text);
        var matter = FrontMatterReader.Read(split.Yaml, split.YamlFirstLine);
        var fileName = PostFileName.Of(relativePath);

        var body = split.Body;
        var document = Markdig.Markdown.Parse(body, BlogMarkdownPipeline.Instance);
        var outline = BodyOutline.Of(document, body.Length, matter.Title, matter.Subtitle);

        var title = matter.Title ?? outline.LeadingTitle ?? fileName.Title;
        var declared = matter.Lang is null ? null : LanguageRegistry.Normalize(matter.Lang)
            ?? throw new PostFormatException($"'lang: {matter.Lang}' is not a language tag such as en or vi");

        var registry = new HeadingIdRegistry();
        foreach (var removed in outline.RemovedHeadings)
        {
            HeadingIds.Assign(removed, registry);
        }

        var shared = RenderedSegment.Render(outline.Shared.Slice(body), registry);
        var parts = new List<(string Language, RenderedSegment Segment)>();
        foreach (var section in outline.Sections)
        {
            HeadingIds.Assign(section.Heading, registry);
            parts.Add((section.Language, RenderedSegment.Render(section.Range.Slice(body), registry)));
        }

        if (parts.Count == 0)
        {
            parts.Add((declared ?? _defaultLanguage, RenderedSegment.Empty));
        }

        var languages = parts.Select(p => p.Language).Distinct(StringComparer.Ordinal).ToList();
        var main = declared is not null && languages.Contains(declared) ? declared : languages[0];
        languages.Remove(main);
        languages.Insert(0, main);

        var translations = languages
            .Select(language => Translate(
                language,
                language == main,
                title,
                matter,
                shared,
                parts.Where(p => p.Language == language).Select(p => p.Segment)))
            .ToList();

        var tags = matter.Keywords
            .Select(Tag.From)
            .OfType<Tag>()
            .DistinctBy(t => t.Slug)
            .ToList();

        var slug = matter.Slug is null ? fileName.Slug : Slugifier.Slugify(matter.Slug);
        if (slug.Length == 0)
        {
            throw new PostFormatException($"'slug: {matter.Slug}' has no letters or digits to make a URL from");
        }

        return new Post(
            slug,
            relativePath,
            main,
            matter.Date ?? fileName.Date,
            matter.Draft,
            matter.Author,
            matter.AuthorUrl,
            tags,
            new PostMeta(matter.TitlePrefix, matter.DescriptionMeta, matter.AuthorMeta, matter.DateMeta, matter.Keywords),
            translations);
    }

    private static PostTranslation Translate(
        string language,
        bool isMain,
        string title,
        PostFrontMatter matter,
        RenderedSegment shared,
        IEnumerable<RenderedSegment> own)
    {
        var segments = own.Prepend(shared).ToList();
        var words = segments.Sum(s => s.WordCount);
        var toc = matter.Toc ? TocBuilder.Build(segments.SelectMany(s => s.Headings).ToList()) : [];
        if (TocBuilder.CountEntries(toc) < 2)
        {
            toc = [];
        }

        // Pandoc's toc-title is written in the post's main language; other languages get their own default.
        var tocTitle = (isMain ? matter.TocTitle : null) ?? LanguageRegistry.Describe(language).TocTitle;

        return new PostTranslation(
            language,
            title,
            matter.Subtitle,
            string.Concat(segments.Select(s => s.Html)),
            tocTitle,
            toc,
            words,
            Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute)));
    }
}
