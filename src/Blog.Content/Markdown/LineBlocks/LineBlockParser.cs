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
        if (processor.Indent > 0 || !IsEntry(processor) || NextLineIsTableSeparator(processor.Line))
        {
            return BlockState.None;
        }

        var block = new LineBlock(this) { Column = processor.Column, Span = new SourceSpan(processor.Start, processor.Line.End) };
        Take(processor, block);
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var lines = (LineBlock)block;
        if (processor.IsBlankLine)
        {
            return BlockState.BreakDiscard;
        }

        if (processor.Indent > 0)
        {
            lines.Continuations.Add(processor.LineIndex);
            lines.AppendLine(ref processor.Line, processor.Column, processor.LineIndex, processor.CurrentLineStartPosition, false);
            lines.UpdateSpanEnd(processor.Line.End);
            return BlockState.ContinueDiscard;
        }

        if (!IsEntry(processor))
        {
            return BlockState.None;
        }

        Take(processor, lines);
        return BlockState.ContinueDiscard;
    }

    /// <summary><c>|</c> then a space, a tab or the end of the line.</summary>
    private static bool IsEntry(BlockProcessor processor) =>
        processor.CurrentChar == '|' && processor.PeekChar(1) is ' ' or '\t' or '\0' or '\r' or '\n';

    /// <summary>Adds the line after its <c>| </c>, its further indentation counted, not kept as text.</summary>
    private static void Take(BlockProcessor processor, LineBlock block)
    {
        var line = processor.Line;
        line.Start = processor.Start + 1;
        var column = processor.Column + 1;
        var width = 0;
        while (line.Start <= line.End && line.CurrentChar is ' ' or '\t')
        {
            var next = line.CurrentChar == '\t' ? (column / 4 + 1) * 4 : column + 1;
            width += next - column;
            column = next;
            line.Start++;
        }

        // The first space is the mark's; a blank line keeps none.
        if (width > 1 && line.Start <= line.End)
        {
            block.Indents[processor.LineIndex] = width - 1;
        }

        block.AppendLine(ref line, column, processor.LineIndex, processor.CurrentLineStartPosition, false);
        block.UpdateSpanEnd(processor.Line.End);
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
