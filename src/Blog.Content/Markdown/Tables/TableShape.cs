using Markdig.Extensions.Tables;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// A table as read from the source, before it becomes Markdig blocks: each cell is its lines (pieces
/// of the source), <see cref="HoldsBlocks"/> says whether they are parsed as blocks (grid tables) or
/// as one run of inline text.
/// </summary>
internal sealed class TableShape
{
    public required TableColumnAlign?[] Alignments { get; init; }

    /// <summary>Fractions of the page, or null when pandoc leaves widths to the browser.</summary>
    public double[]? Widths { get; init; }

    public List<Piece>[]? Header { get; init; }

    public required List<List<Piece>[]> Rows { get; init; }

    public bool HoldsBlocks { get; init; }

    /// <summary>Source lines the table takes, from its first.</summary>
    public required int LineCount { get; init; }

    public int CellCount => ((Header is null ? 0 : 1) + Rows.Count) * Alignments.Length;
}
