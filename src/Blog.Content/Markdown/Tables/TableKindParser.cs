using System.Globalization;
using Blog.Content.Markdown.Budget;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// One kind of pandoc table, found by reading ahead from the line where it would start. The table is
/// built at once from what was read; the lines it took are then passed over as they come. Only at the
/// top of the document (and so not inside lists, quotes or other tables' cells), where the text read
/// ahead is the text Markdig will give line by line.
/// </summary>
internal abstract class TableKindParser : BlockParser
{
    private static readonly object CellCountKey = new();

    private static readonly string TooManyCells = string.Create(CultureInfo.InvariantCulture,
        $"the post's tables have more than {MarkupBudgetExtension.MaxInlineMarks:N0} cells; split them into several posts");

    /// <summary>Where pandoc tries this kind among the others: lower first.</summary>
    public abstract int Rank { get; }

    protected abstract TableShape? Read(SourceLines lines);

    /// <summary>
    /// What the table's first two lines must be for <see cref="Read"/> to find one, decided on the text
    /// alone: most lines start no table, and this answers for them before anything is allocated.
    /// </summary>
    protected abstract bool MayStart(string text, Piece first, Piece? second);

    // pandoc reads a table only where a block starts: a paragraph goes on to its blank line.
    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.CurrentContainer is not MarkdownDocument || processor.Line.Text is not { } text)
        {
            return BlockState.None;
        }

        var start = processor.CurrentLineStartPosition;
        if (start <= text.Length && (start == 0 || text[start - 1] == '\n'))
        {
            var first = LineAt(text, start);
            var next = LineEnd(text, first.End) + 1;
            if (!MayStart(text, first, next < text.Length ? LineAt(text, next) : null))
            {
                return BlockState.None;
            }
        }

        var lines = new SourceLines(DocumentLines.Of(processor.Document, text), start);
        if (Read(lines) is not { } shape)
        {
            return BlockState.None;
        }

        var cells = processor.Document.GetData(CellCountKey) as int? ?? 0;
        if (cells + shape.CellCount > MarkupBudgetExtension.MaxInlineMarks)
        {
            throw new MarkupLimitException(TooManyCells, processor.LineIndex, processor.Column);
        }

        processor.Document.SetData(CellCountKey, cells + shape.CellCount);
        var table = Build(processor, lines, shape);
        processor.NewBlocks.Push(table);
        return table.LinesLeft == 0 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    /// <summary>The line starting at <paramref name="start"/> without its line break, as <see cref="DocumentLines"/> splits it.</summary>
    private static Piece LineAt(string text, int start)
    {
        var end = LineEnd(text, start);
        return new Piece(start, end > start && text[end - 1] == '\r' ? end - 1 : end);
    }

    private static int LineEnd(string text, int at)
    {
        var end = text.IndexOf('\n', at);
        return end < 0 ? text.Length : end;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var table = (ReadTable)block;
        table.LinesLeft--;
        return table.LinesLeft <= 0 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    private ReadTable Build(BlockProcessor processor, SourceLines lines, TableShape shape)
    {
        var table = new ReadTable(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.CurrentLineStartPosition, lines[shape.LineCount - 1]!.Value.End - 1),
            LinesLeft = shape.LineCount - 1,
        };
        foreach (var alignment in shape.Alignments)
        {
            table.ColumnDefinitions.Add(new TableColumnDefinition { Alignment = alignment });
        }

        if (shape.Widths is { } widths)
        {
            ColumnWidths.Set(table, widths);
        }

        if (shape.Header is { } header)
        {
            table.Add(Row(processor, lines.Text, header, shape.HoldsBlocks, isHeader: true));
        }

        foreach (var row in shape.Rows)
        {
            table.Add(Row(processor, lines.Text, row, shape.HoldsBlocks, isHeader: false));
        }

        return table;
    }

    private TableRow Row(BlockProcessor processor, string text, List<Piece>[] cells, bool holdsBlocks, bool isHeader)
    {
        var row = new TableRow { IsHeader = isHeader };
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = new TableCell(this) { ColumnIndex = i };
            if (holdsBlocks)
            {
                CellBlocks.Parse(processor, text, cells[i], cell);
            }
            else if (cells[i].Count > 0)
            {
                var paragraph = new ParagraphBlock();
                foreach (var piece in cells[i])
                {
                    var slice = new StringSlice(text, piece.Start, piece.End - 1, NewLine.LineFeed);
                    paragraph.AppendLine(ref slice, 0, processor.LineIndex, piece.Start, false);
                }

                cell.Add(paragraph);
            }

            row.Add(cell);
        }

        return row;
    }
}
