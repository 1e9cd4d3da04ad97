using Markdig;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Budget;

/// <summary>
/// Bounds what one document may cost to parse, so that no post, however written, can take the server's
/// memory or minutes of its time. Markdig's cost is linear in the elements it builds, but an element
/// is large (a table cell of two characters, <c>|x</c>, became about 1.5 KB by the time the post was
/// rendered, so an 880 KB table took 350 MB), and a few constructs are quadratic in one paragraph:
/// emphasis marks and bare links (20,000 bare links in a paragraph took 18 seconds), and link
/// definitions written on consecutive lines. The counting happens inside the parse, where Markdig
/// itself decides what is markup, so code (whose text is never parsed) costs nothing, and nothing a
/// scan of the text could misread lets a construct through uncounted.
/// </summary>
internal sealed class MarkupBudgetExtension : IMarkdownExtension
{
    /// <summary>
    /// Places where a block may start, counted at most once per line plus once per container mark
    /// (<c>&gt;</c>, <c>-</c>, <c>1.</c>): prose of 4 MB in 80-column lines is 50,000, and a file of
    /// 100,000 headings still loads.
    /// </summary>
    public const int MaxBlockStarts = 150_000;

    /// <summary>
    /// Places where an inline element may start (emphasis, code, links, pictures, table cells, entities,
    /// HTML): a long, richly formatted post has a few thousand; a 1,000-row table of five columns, 6,000.
    /// </summary>
    public const int MaxInlineMarks = 50_000;

    /// <summary>
    /// Emphasis marks and bare links in one paragraph or table, whose cost grows with the square of
    /// their number: 6,000 (a 2,000-row table with a word in bold and a bare link on each row) took
    /// 0.5 s, twice as many four times as long; Markdig itself gives up on about 8,000 emphasis marks.
    /// </summary>
    public const int MaxQuadraticMarksPerBlock = 6_000;

    /// <summary>Link definitions on consecutive lines, a cost quadratic in their number: separate them by blank lines.</summary>
    public const int MaxConsecutiveDefinitions = 2_000;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // In front of every other parser, so it sees each place before anything consumes it; it never
        // matches, so it changes nothing that is parsed.
        pipeline.BlockParsers.Insert(0, new BlockBudgetParser(global: true));
        pipeline.BlockParsers.Insert(0, new BlockBudgetParser(global: false));
        pipeline.InlineParsers.Insert(0, new InlineBudgetParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
