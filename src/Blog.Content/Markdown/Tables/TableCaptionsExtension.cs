using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc's <c>table_captions</c>: a paragraph beginning with <c>Table:</c> or <c>:</c> just before a
/// table, or else just after it, is the table's caption. Done on the parsed document, so it works for
/// every kind of table (Markdig's pipe tables are only found while inlines are parsed) and the
/// caption's text has had every inline pass a paragraph has.
/// </summary>
internal sealed class TableCaptionsExtension : IMarkdownExtension
{
    private readonly ProcessDocumentDelegate _pass = Attach;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= _pass;
        pipeline.DocumentProcessed += _pass;
        ColonCaptionParser.Insert(pipeline.BlockParsers);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) => TableRendering.Use(renderer);

    private static void Attach(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            if (table.Parent is not { } parent)
            {
                continue;
            }

            var at = parent.IndexOf(table);
            var candidate = (at > 0 ? Caption(parent[at - 1]) : null) ?? (at + 1 < parent.Count ? Caption(parent[at + 1]) : null);
            if (candidate is not var (paragraph, mark))
            {
                continue;
            }

            CaptionMarker.Remove(paragraph, mark);
            parent.Remove(paragraph);
            var inline = paragraph.Inline;
            paragraph.Inline = null;
            var caption = new TableCaption { Inline = inline, Span = paragraph.Span, Line = paragraph.Line, Column = paragraph.Column };
            table.Insert(0, caption);
        }
    }

    private static (ParagraphBlock, int)? Caption(Block block) =>
        block is ParagraphBlock paragraph && CaptionMarker.Length(paragraph) is > 0 and var mark ? (paragraph, mark) : null;
}
