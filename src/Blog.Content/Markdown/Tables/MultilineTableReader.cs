namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc's multiline tables: dashed lines on top and at the bottom, a header of one or more lines
/// over runs of dashes, rows of several lines separated by blank lines; the dashes also give each
/// column its share of the page's width.
/// </summary>
internal static class MultilineTableReader
{
    public static TableShape? Read(SourceLines lines, bool headless)
    {
        var text = lines.Text;
        var at = 0;
        var headerLines = new List<Piece>();
        if (!headless)
        {
            // The header ends on a dashed line: none below, and it would be read to the end in vain.
            if (!DashedLine.Is(text, lines[0]) || lines.IsBlankOrEnd(1) || !lines.HasDashedFrom(1))
            {
                return null;
            }

            at = 1;
            while (lines[at] is { } line && !DashedLine.Is(text, line))
            {
                headerLines.Add(line);
                at++;
            }
        }

        if (lines[at] is not { } dashed || DashedLine.Read(text, dashed) is not var (indices, dashes))
        {
            return null;
        }

        // The last column takes the space after it too, which its dashes leave out.
        indices[^1]++;
        var cuts = indices.Take(indices.Count - 1).ToList();
        at++;

        // The rows run to the first bottom line below (a dashed line, then a blank line or the end); with
        // none, they would be read to the end of the text only to fail there, once per dashed line above.
        if (!lines.HasFooterFrom(at))
        {
            return null;
        }

        var alignedBy = headless ? (lines[at] is { } first ? [first] : []) : headerLines;
        var columns = alignedBy.Select(line => TextColumns.Split(text, line.Start, line.End, cuts).Skip(1).ToList()).ToList();
        var alignments = dashes.Select((count, i) => ColumnAlignment.Of(text, columns.Select(c => c[i]), count)).ToArray();

        var rows = new List<List<Piece>[]>();
        while (true)
        {
            var rowLines = new List<Piece>();
            while (lines[at] is { } line && !line.IsBlank(text) && !SimpleTableReader.IsFooter(lines, at))
            {
                rowLines.Add(line);
                at++;
            }

            if (rowLines.Count == 0)
            {
                break;
            }

            rows.Add(Cells(text, rowLines, cuts));
            var afterBlanks = at;
            while (lines.IsBlank(afterBlanks))
            {
                afterBlanks++;
            }

            at = afterBlanks;
        }

        if (rows.Count == 0 || !SimpleTableReader.IsFooter(lines, at))
        {
            return null;
        }

        return new TableShape
        {
            Alignments = alignments,
            Widths = ColumnWidths.FromIndices(indices),
            Header = headless ? null : Cells(text, headerLines, cuts),
            Rows = rows,
            LineCount = at + 1,
        };
    }

    /// <summary>Each column's lines, trimmed, without the blank ones at its start and end.</summary>
    private static List<Piece>[] Cells(string text, List<Piece> rowLines, List<int> cuts)
    {
        var cells = Enumerable.Range(0, cuts.Count).Select(_ => new List<Piece>()).ToArray();
        foreach (var line in rowLines)
        {
            var pieces = TextColumns.Split(text, line.Start, line.End, cuts);
            for (var i = 0; i < cells.Length; i++)
            {
                var piece = pieces[i + 1].Trim(text);
                if (piece.Length > 0 || cells[i].Count > 0)
                {
                    cells[i].Add(piece);
                }
            }
        }

        foreach (var cell in cells)
        {
            while (cell.Count > 0 && cell[^1].Length == 0)
            {
                cell.RemoveAt(cell.Count - 1);
            }
        }

        return cells;
    }
}
