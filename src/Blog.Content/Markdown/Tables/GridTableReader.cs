using Markdig.Extensions.Tables;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc 2.17's grid tables: <c>+---+</c> lines around rows of <c>|</c> lines, <c>+===+</c> under
/// the header, colons on that line (or on the top one, headerless) for alignment. Cells hold blocks.
/// As in pandoc 2.17, a cell spans no columns, a row ends at any <c>+---+</c> line whatever its
/// columns, and the bottom border may be left out.
/// </summary>
internal static class GridTableReader
{
    public static TableShape? Read(SourceLines lines)
    {
        var text = lines.Text;
        if (lines[0] is not { } top || Border(text, top, '-') is not var (topIndices, topAlignments))
        {
            return null;
        }

        var at = 1;
        var headerLines = RowLines(lines, ref at);
        List<Piece>[]? header = null;
        var (indices, alignments) = (topIndices, topAlignments);
        if (headerLines.Count > 0 && lines[at] is { } under && Border(text, under, '=') is var (underIndices, underAlignments) && underIndices.Count == topIndices.Count)
        {
            (indices, alignments) = (underIndices, underAlignments);
            header = Cells(text, headerLines, indices, trim: true);
            at++;
        }
        else
        {
            at = 1;
        }

        var rows = new List<List<Piece>[]>();
        while (true)
        {
            var rowLines = RowLines(lines, ref at);
            if (rowLines.Count == 0)
            {
                break;
            }

            rows.Add(Cells(text, rowLines, indices, trim: false));
            if (lines[at] is not { } separator || Border(text, separator, '-') is null)
            {
                break;
            }

            at++;
        }

        if (rows.Count == 0)
        {
            return null;
        }

        return new TableShape
        {
            Alignments = alignments,
            Widths = ColumnWidths.FromIndices(indices),
            Header = header,
            Rows = rows,
            HoldsBlocks = true,
            LineCount = at,
        };
    }

    /// <summary><c>+---+:==:+</c> and nothing after it but spaces: where each column ends, and its alignment.</summary>
    private static (List<int> Indices, TableColumnAlign?[] Alignments)? Border(string text, Piece line, char fill)
    {
        if (line.Length < 2 || text[line.Start] != '+')
        {
            return null;
        }

        var end = line.TrimEnd(text).End;
        var indices = new List<int> { 0 };
        var alignments = new List<TableColumnAlign?>();
        var at = line.Start + 1;
        while (at < end)
        {
            var start = at;
            var left = text[at] == ':';
            at += left ? 1 : 0;
            var fillStart = at;
            while (at < end && text[at] == fill)
            {
                at++;
            }

            if (at == fillStart)
            {
                return null;
            }

            var right = at < end && text[at] == ':';
            at += right ? 1 : 0;
            if (at >= end || text[at] != '+')
            {
                return null;
            }

            at++;
            indices.Add(indices[^1] + (at - start));
            alignments.Add((left, right) switch
            {
                (true, true) => TableColumnAlign.Center,
                (true, false) => TableColumnAlign.Left,
                (false, true) => TableColumnAlign.Right,
                _ => null,
            });
        }

        return alignments.Count == 0 ? null : (indices, alignments.ToArray());
    }

    /// <summary>The lines that begin with <c>|</c> from <paramref name="at"/> on, each without that bar.</summary>
    private static List<Piece> RowLines(SourceLines lines, ref int at)
    {
        var rowLines = new List<Piece>();
        while (lines[at] is { } line && line.Length >= 2 && lines.Text[line.Start] == '|')
        {
            rowLines.Add(line with { Start = line.Start + 1 });
            at++;
        }

        return rowLines;
    }

    /// <summary>pandoc's <c>gridTableSplitLine</c> and <c>removeOneLeadingSpace</c>: each column's lines.</summary>
    private static List<Piece>[] Cells(string text, List<Piece> rowLines, List<int> indices, bool trim)
    {
        var cuts = indices.Take(indices.Count - 1).ToList();
        var cells = Enumerable.Range(0, cuts.Count).Select(_ => new List<Piece>()).ToArray();
        foreach (var line in rowLines)
        {
            var trimmed = line.TrimEnd(text);
            var pieces = TextColumns.Split(text, trimmed.Start, trimmed.End, cuts);
            for (var i = 0; i < cells.Length; i++)
            {
                var piece = WithoutFinalBar(text, pieces[i + 1]);
                cells[i].Add(trim ? piece.Trim(text) : piece);
            }
        }

        foreach (var cell in cells)
        {
            if (cell.TrueForAll(piece => piece.Length == 0 || text[piece.Start] == ' '))
            {
                for (var i = 0; i < cell.Count; i++)
                {
                    cell[i] = cell[i].Length == 0 ? cell[i] : cell[i] with { Start = cell[i].Start + 1 };
                }
            }
        }

        return cells;
    }

    private static Piece WithoutFinalBar(string text, Piece piece)
    {
        var end = piece.End;
        while (end > piece.Start && text[end - 1] == '|')
        {
            end--;
        }

        return new Piece(piece.Start, end).TrimEnd(text);
    }
}
