using Blog.Content.Markdown.Nesting;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown;

/// <summary>
/// When each pass over the parsed document runs, in the order the extensions were first written to
/// run in: a pass may depend on what an earlier one left (smart punctuation before any text is
/// inserted, raw blocks gone before captions look beside tables, figures after notes are numbered).
/// </summary>
internal enum PassOrder
{
    SmartPunctuation,
    OrderedListType,
    TableRowClass,
    UriClass,
    StrongOutsideEmphasis,
    DeepInlines,
    RawCode,
    ExampleLists,
    PlainParagraphs,
    NoteNumbering,
    ImplicitFigures,
    PipeTableWidths,
    TableCaptions,
}

/// <summary>
/// Runs the blog's passes over a parsed document as one handler: each used to walk the whole document
/// for the few nodes it reshapes, about a dozen walks a parse, which cost more than the parse of the
/// extensions' own syntax. Here one walk (<see cref="ParsedDocument"/>) finds them for all. Put in the
/// pipeline before the extensions that add passes; without it, each adds its own handler.
/// </summary>
internal sealed class DocumentPasses : IMarkdownExtension
{
    private readonly List<(PassOrder Order, Action<ParsedDocument> Pass)> _passes = [];
    private readonly List<Func<ContainerInline, (string Open, string Close)?>> _unwrapped = [];

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Run;
        pipeline.DocumentProcessed += Run;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Adds the pass run at <paramref name="order"/>; one pass an order, however often the builder is set up.</summary>
    public static void Add(MarkdownPipelineBuilder pipeline, PassOrder order, Action<ParsedDocument> pass)
    {
        if (pipeline.Extensions.Find<DocumentPasses>() is not { } passes)
        {
            pipeline.DocumentProcessed += document => pass(new ParsedDocument(document));
            return;
        }

        var at = 0;
        while (at < passes._passes.Count && passes._passes[at].Order < order)
        {
            at++;
        }

        if (at == passes._passes.Count || passes._passes[at].Order != order)
        {
            passes._passes.Insert(at, (order, pass));
        }
    }

    /// <summary>
    /// Adds a kind of inline element <see cref="DeepInlines"/> may unwrap: all kinds are unwrapped in
    /// one walk, and only in a document that nests that deep at all.
    /// </summary>
    public static void AddUnwrapped(MarkdownPipelineBuilder pipeline, Func<ContainerInline, (string Open, string Close)?> markupOf)
    {
        if (pipeline.Extensions.Find<DocumentPasses>() is not { } passes)
        {
            pipeline.DocumentProcessed += document => DeepInlines.Unwrap(document, markupOf);
            return;
        }

        if (!passes._unwrapped.Contains(markupOf))
        {
            passes._unwrapped.Add(markupOf);
        }

        Add(pipeline, PassOrder.DeepInlines, passes.Unwrap);
    }

    private void Run(MarkdownDocument document)
    {
        var parsed = new ParsedDocument(document);
        foreach (var (_, pass) in _passes)
        {
            pass(parsed);
        }
    }

    private void Unwrap(ParsedDocument parsed)
    {
        if (!parsed.NestsDeep)
        {
            return;
        }

        DeepInlines.Unwrap(parsed.Document, inline =>
        {
            foreach (var markupOf in _unwrapped)
            {
                if (markupOf(inline) is { } markup)
                {
                    return markup;
                }
            }

            return null;
        });
        parsed.Changed();
    }
}
