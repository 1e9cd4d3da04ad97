namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc's simple tables: a header line over runs of dashes (or, headerless, dashes on top and at
/// the bottom), one line per row; columns are where the dashes are, alignment where the header sits.
/// </summary>
internal static class SimpleTableReader
{
    public static TableShape? Read(SourceLines lines, bool headless)
    {
        var text = lines.Text;
        var dashLine = headless ? 0 : 1;
        if (lines[dashLine] is not { } dashed || DashedLine.Read(text, dashed) is not var (indices, dashes))
        {
            return null;
        }

        var cuts = indices.Take(indices.Count - 1).ToList();
        if (lines[dashLine + 1] is not { } alignedBy)
        {
            return null;
        }

        // Headless, the rows must end on a bottom line: where they would end is known without reading them.
        if (headless && !lines.StopsAtFooterFrom(dashLine + 1))
        {
            return null;
        }

        var headerLine = headless ? alignedBy : lines[0]!.Value;
        var headerPieces = TextColumns.Split(text, headerLine.Start, headerLine.End, cuts).Skip(1).ToList();
        var alignments = headerPieces.Select((piece, i) => ColumnAlignment.Of(text, [piece], dashes[i])).ToArray();

        var rows = new List<List<Piece>[]>();
        var at = dashLine + 1;
        while (lines[at] is { } line && !line.IsBlank(text) && !IsFooter(lines, at))
        {
            rows.Add(Cells(text, line, cuts));
            at++;
        }

        if (rows.Count == 0)
        {
            return null;
        }

        if (IsFooter(lines, at))
        {
            at++;
        }
        else if (headless)
        {
            return null;
        }

        return new TableShape
        {
            Alignments = alignments,
            Header = headless ? null : Cells(text, headerLine, cuts),
            Rows = rows,
            LineCount = at,
        };
    }

    /// <summary>pandoc's <c>tableFooter</c>: a dashed line followed by a blank line or the end.</summary>
    public static bool IsFooter(SourceLines lines, int at) =>
        DashedLine.Is(lines.Text, lines[at]) && lines.IsBlankOrEnd(at + 1);

    private static List<Piece>[] Cells(string text, Piece line, List<int> cuts) =>
        TextColumns.Split(text, line.Start, line.End, cuts).Skip(1).Select(piece => piece.Trim(text) is { Length: > 0 } cell ? new List<Piece> { cell } : []).ToArray();
}
