using System.Text;
using Blog.Content.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Microsoft.Extensions.FileProviders;

namespace Blog.Content.Markdown;

/// <summary>
/// One language version of a body, rendered: the shared text and that language's sections parsed as
/// one document, together with every link and footnote definition of the file. Heading ids come from
/// the file's registry in reading order; the headings cut from the text (the language heading) are
/// registered where they stood, so ids match what pandoc gives the whole file.
/// </summary>
internal sealed record RenderedBody(string Html, IReadOnlyList<HeadingInfo> Headings, int WordCount, string? FirstParagraph, string PlainText)
{
    /// <summary>The links of this version (not pictures), each with where it starts in the body, for the author's check.</summary>
    public IReadOnlyList<(string Url, int BodyOffset)> Links { get; init; } = [];

    /// <summary>The formulas of this version that could not be converted (shown as TeX), each with why and where it starts in the body.</summary>
    /// <summary>Markup shown otherwise than the author meant (a formula as TeX, a div as text), each with where it starts in the body.</summary>
    public IReadOnlyList<(string Message, int BodyOffset)> MarkupWarnings { get; init; } = [];

    /// <summary>A file of thousands of broken formulas needs its first few named, not a log line for each.</summary>
    private const int MaxMarkupWarnings = 20;

    private const string UnclosedDiv = "this fenced div (':::') has no closing ':::' line, so it is shown as text; close it with a line of three colons";

    public static RenderedBody Render(
        string body,
        BodyOutline outline,
        IReadOnlyList<LanguageSection> sections,
        HeadingIdRegistry registry,
        string footnotePrefix,
        IFileProvider? siteFiles = null,
        SharedRenderings? renderings = null)
    {
        var text = new StringBuilder();
        var included = new List<TextRange>();
        var pieces = new List<(int TextStart, int BodyStart)>();
        var cutHeadings = new List<(int Offset, HeadingBlock Heading)>();

        // In the order of the file: text shared by every language may also follow a language's div.
        var parts = outline.Shared.Select(range => (Range: range, Section: (LanguageSection?)null))
            .Concat(sections.Select(section => (section.Range, Section: (LanguageSection?)section)))
            .OrderBy(part => part.Range.Start);
        foreach (var (range, section) in parts)
        {
            if (section?.Heading is { } languageHeading)
            {
                cutHeadings.Add((text.Length, languageHeading));
            }

            if (section?.TitleHeading is { } sectionTitle)
            {
                cutHeadings.Add((text.Length, sectionTitle));
            }

            Append(text, body, range, included, pieces);
        }

        // Definitions sit in order, and so do the pieces taken (shared text, then this language's
        // sections): one walk over both finds those not taken yet, where asking every piece about every
        // definition would be quadratic in a file of thousands of sections.
        // A definition inside one already added (a link defined in a footnote) comes with it.
        var taken = included.OrderBy(r => r.Start).ToList();
        var piece = 0;
        var addedUpTo = 0;
        foreach (var definition in outline.Definitions)
        {
            while (piece < taken.Count && taken[piece].End <= definition.Start)
            {
                piece++;
            }

            if ((piece == taken.Count || !taken[piece].Contains(definition)) && definition.Start >= addedUpTo)
            {
                Append(text, body, definition, included, pieces);
                addedUpTo = definition.End;
            }
        }

        var pipeline = BlogMarkdownPipeline.Instance;
        var document = Markdig.Markdown.Parse(text.ToString(), pipeline, renderings?.Context());
        var headings = new List<HeadingInfo>();
        var pending = new Queue<(int Offset, HeadingBlock Heading)>(cutHeadings);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            while (pending.Count > 0 && pending.Peek().Offset <= heading.Span.Start)
            {
                HeadingIds.Assign(pending.Dequeue().Heading, registry);
            }

            var id = HeadingIds.Assign(heading, registry);
            if (InOutline(heading))
            {
                headings.Add(new HeadingInfo(heading.Level, id, InlineText.Of(heading)));
            }
        }

        while (pending.Count > 0)
        {
            HeadingIds.Assign(pending.Dequeue().Heading, registry);
        }

        Figures.ParagraphEndBreak.Apply(document);
        LazyImages.Apply(document, siteFiles);
        HeadingRanks.Apply(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        FootnoteIdRenderers.Install(renderer, footnotePrefix);
        if (renderer.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } plainCode)
        {
            renderer.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeRenderer(plainCode, renderings));
        }
        renderer.Render(document);
        writer.Flush();
        var firstParagraph = document.OfType<ParagraphBlock>()
            .Where(p => !Figures.PictureParagraphs.HoldsOnlyPictures(p))
            .Select(p => InlineText.Of(p, keepRawHtml: true))
            .FirstOrDefault(t => t.Length > 0);
        var plain = string.Join('\n', document.Descendants<LeafBlock>().Select(b => b is CodeBlock code ? code.Lines.ToString() : InlineText.Of(b)));
        var links = document.Descendants<Markdig.Syntax.Inlines.LinkInline>()
            .Where(link => !link.IsImage && !string.IsNullOrEmpty(link.Url))
            .Select(link => (link.Url!, InBody(pieces, link.Span.Start)))
            .ToList();
        var markupWarnings = document.Descendants<Mathematics.MathInline>()
            .Where(math => math.Warning is not null)
            .Select(math => (math.Warning!, InBody(pieces, math.Span.Start)))
            .Concat(Divs.FencedDivParser.UnclosedFences(document)
                .Select(fence => (UnclosedDiv, InBody(pieces, fence))))
            .OrderBy(warning => warning.Item2)
            .Take(MaxMarkupWarnings)
            .ToList();
        return new RenderedBody(writer.ToString(), headings, WordCounter.Count(plain), firstParagraph, plain) { Links = links, MarkupWarnings = markupWarnings };
    }

    /// <summary>As pandoc's table of contents: headings of the body and of divs, not those in quotes or lists.</summary>
    private static bool InOutline(HeadingBlock heading)
    {
        var parent = heading.Parent;
        while (parent is Divs.FencedDivBlock)
        {
            parent = parent.Parent;
        }

        return parent is MarkdownDocument;
    }

    private static void Append(StringBuilder text, string body, TextRange range, List<TextRange> included, List<(int TextStart, int BodyStart)> pieces)
    {
        if (range.End <= range.Start)
        {
            return;
        }

        // Blank lines keep each piece a block of its own, whatever the piece before it ended with.
        text.Append("\n\n");
        pieces.Add((text.Length, range.Start));
        text.Append(body, range.Start, range.End - range.Start);
        included.Add(range);
    }

    /// <summary>Where a place in the text of this version (its pieces put together) is in the body it was cut from.</summary>
    private static int InBody(List<(int TextStart, int BodyStart)> pieces, int offset)
    {
        // Pieces are in the text's order: the last one starting at or before the offset holds it.
        var (low, high) = (0, pieces.Count - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = pieces[middle].TextStart <= offset ? (middle, high) : (low, middle - 1);
        }

        return pieces.Count == 0 ? offset : pieces[low].BodyStart + Math.Max(0, offset - pieces[low].TextStart);
    }
}
