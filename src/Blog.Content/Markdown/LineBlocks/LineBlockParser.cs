using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.LineBlocks;

/// <summary>
/// Opens a line block on <c>| </c> (or a lone <c>|</c>) at the start of a line, not inside a paragraph
/// and not indented, as pandoc does. Lines starting with a space go on from the line above; a blank
/// line or any other line ends the block. A pipe table wins, as in pandoc: a first line followed by a
/// table's separator row (<c>|---|</c>) is left to the table.
/// </summary>
internal sealed class LineBlockParser : BlockParser
{
    public LineBlockParser() => OpeningCharacters = ['|'];

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var inBlock = processor.CurrentContainer is LineBlock;
        if (processor.Indent > 0 || !IsEntry(processor) || (!inBlock && NextLineIsTableSeparator(processor.Line)))
        {
            return BlockState.None;
        }

        var block = inBlock ? null : new LineBlock(this) { Column = processor.Column, Span = new SourceSpan(processor.Start, processor.Line.End) };

        // Markdig takes new blocks from the top: the line goes in last, into the block.
        processor.NewBlocks.Push(Take(processor));
        if (block is not null)
        {
            processor.NewBlocks.Push(block);
        }

        return BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.BreakDiscard;
        }

        // A line that begins with a space goes on from the line above; "| " begins the next line. The
        // block reads the indentation first, so it tells its line which it was.
        if (block is LineBlock lines)
        {
            var goesOn = processor.Indent > 0;
            if (!goesOn && !IsEntry(processor))
            {
                return BlockState.None;
            }

            lines.GoesOnAt = goesOn ? processor.LineIndex : -1;
            lines.UpdateSpanEnd(processor.Line.End);
            return BlockState.Continue;
        }

        return block.Parent is LineBlock { GoesOnAt: var at } && at == processor.LineIndex ? BlockState.Continue : BlockState.None;
    }

    /// <summary><c>|</c> then a space, a tab or the end of the line.</summary>
    private static bool IsEntry(BlockProcessor processor) =>
        processor.CurrentChar == '|' && processor.PeekChar(1) is ' ' or '\t' or '\0' or '\r' or '\n';

    /// <summary>A line of the block from the text after its <c>| </c>, its further indentation counted, not kept as text.</summary>
    private LineBlockLine Take(BlockProcessor processor)
    {
        var column = processor.Column + 1;
        var start = processor.Start + 1;
        var width = 0;
        var text = processor.Line.Text;
        while (start <= processor.Line.End && text[start] is ' ' or '\t')
        {
            var next = text[start] == '\t' ? (column / 4 + 1) * 4 : column + 1;
            width += next - column;
            column = next;
            start++;
        }

        // The first space is the mark's; a blank line keeps none.
        var indent = width > 1 && start <= processor.Line.End ? width - 1 : 0;
        processor.GoToColumn(column);
        return new LineBlockLine(this, indent) { Column = column, Span = new SourceSpan(start, processor.Line.End) };
    }

    private static bool NextLineIsTableSeparator(StringSlice line)
    {
        var text = line.Text;
        var at = line.End + 1;
        while (at < text.Length && text[at] is '\r' or '\n')
        {
            at++;
        }

        var dash = false;
        var bar = false;
        var content = false;
        for (; at < text.Length && text[at] is not ('\r' or '\n'); at++)
        {
            switch (text[at])
            {
                case '-':
                    dash = content = true;
                    break;
                case '|':
                    bar = content = true;
                    break;
                case ':':
                    content = true;
                    break;
                case ' ' or '\t':
                    break;
                case '>' when !content:
                    // A quote's mark in front of the row.
                    break;
                default:
                    return false;
            }
        }

        return dash && bar;
    }
}
