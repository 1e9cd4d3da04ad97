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
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        DocumentPasses.Add(pipeline, PassOrder.TableCaptions, Attach);
        ColonCaptionParser.Insert(pipeline.BlockParsers);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) => TableRendering.Use(renderer);

    private static void Attach(ParsedDocument document)
    {
        if (document.Tables.Count == 0)
        {
            return;
        }

        // Each container's children are walked once: finding every table's place with IndexOf, and
        // taking its caption out with Remove (which shifts the rest), cost time growing with tables
        // times blocks, quadratic in a post of many small tables.
        var parents = document.Tables.Select(table => table.Parent).OfType<ContainerBlock>().Distinct().ToList();
        foreach (var parent in parents)
        {
            if (Attach(parent))
            {
                document.Changed();
            }
        }
    }

    private static bool Attach(ContainerBlock parent)
    {
        var children = parent.ToList();
        var kept = new List<Block>(children.Count);
        var changed = false;
        for (var i = 0; i < children.Count; i++)
        {
            var block = children[i];
            if (block is not Table table)
            {
                kept.Add(block);
                continue;
            }

            // The block before it as it now stands (an earlier table may have taken its caption), else the one after.
            var candidate = (kept.Count > 0 ? Caption(kept[^1]) : null) ?? (i + 1 < children.Count ? Caption(children[i + 1]) : null);
            kept.Add(table);
            if (candidate is not var (paragraph, mark))
            {
                continue;
            }

            if (kept.Count > 1 && ReferenceEquals(kept[^2], paragraph))
            {
                kept.RemoveAt(kept.Count - 2);
            }
            else
            {
                i++;
            }

            changed = true;
            CaptionMarker.Remove(paragraph, mark);
            var inline = paragraph.Inline;
            paragraph.Inline = null;
            var caption = new TableCaption { Inline = inline, Span = paragraph.Span, Line = paragraph.Line, Column = paragraph.Column };
            table.Insert(0, caption);
        }

        if (changed)
        {
            parent.Clear();
            foreach (var block in kept)
            {
                parent.Add(block);
            }
        }

        return changed;
    }

    private static (ParagraphBlock, int)? Caption(Block block) =>
        block is ParagraphBlock paragraph && CaptionMarker.Length(paragraph) is > 0 and var mark ? (paragraph, mark) : null;
}
