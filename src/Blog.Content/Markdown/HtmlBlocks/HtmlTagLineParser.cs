using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.HtmlBlocks;

/// <summary>
/// Takes a line that opens with a block-level tag before CommonMark's HTML blocks would, which run to
/// the next blank line as raw HTML: here the line is one block, and the lines after it are Markdown,
/// as pandoc reads them (<c>&lt;div&gt;⏎*x*⏎&lt;/div&gt;</c> has an emphasis). Like pandoc's, such a
/// line ends a paragraph (a tag may run over several lines), and may be indented inside the tags above it (<c>&lt;table&gt;⏎    &lt;tr&gt;</c>
/// is no code block). A line that starts with a tag pandoc reads as an inline (<c>&lt;img&gt;</c>,
/// <c>&lt;span&gt;</c>) starts a paragraph, where CommonMark would keep it as raw HTML to the next blank line.
/// </summary>
internal sealed class HtmlTagLineParser : BlockParser
{
    /// <summary>A tag whose attributes run over more lines than this is not read as one.</summary>
    private const int MaxTagLines = 16;

    public HtmlTagLineParser() => OpeningCharacters = ['<'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent && processor.LastBlock is not HtmlTagLine)
        {
            return BlockState.None;
        }

        if (!BlockTags.TryMatch(processor.Line, out var name, out var closing))
        {
            return OpenParagraph(processor);
        }

        var open = BlockTags.GoesOn(processor.Line, processor.Start);
        processor.NewBlocks.Push(new HtmlTagLine(this, name, closing)
        {
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
            Open = open,
        });
        return open ? BlockState.Continue : BlockState.Break;
    }

    /// <summary>The lines of a tag that goes on, up to the one that closes it; a blank line ends it unclosed.</summary>
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is not HtmlTagLine { Open: true } tag || processor.IsBlankLine || processor.LineIndex - tag.Line >= MaxTagLines)
        {
            return BlockState.None;
        }

        tag.UpdateSpanEnd(processor.Line.End);
        if (BlockTags.GoesOn(processor.Line, processor.Start))
        {
            return BlockState.Continue;
        }

        tag.Open = false;
        return BlockState.Break;
    }

    private static BlockState OpenParagraph(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.CurrentBlock is ParagraphBlock || !BlockTags.IsInlineTag(processor.Line)
            || processor.Parsers.FindExact<ParagraphBlockParser>() is not { } paragraphs)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new ParagraphBlock(paragraphs)
        {
            Column = processor.Column,
            Span = new SourceSpan(processor.Line.Start, processor.Line.End),
        });
        return BlockState.Continue;
    }
}
