using Markdig.Extensions.Tables;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// Relative column widths, fractions of the page as pandoc computes them (doubles, so that its
/// truncation to whole percents gives the same numbers); a table without them leaves widths to the browser.
/// </summary>
internal static class ColumnWidths
{
    private static readonly object Key = new();

    /// <summary>pandoc's <c>--columns</c>: the line length its widths are fractions of.</summary>
    public const int PageColumns = 72;

    public static double[]? Of(Table table) => table.GetData(Key) as double[];

    /// <summary>Sets the widths, scaled down as pandoc does when together they pass the whole page.</summary>
    public static void Set(Table table, double[] widths)
    {
        var total = widths.Sum();
        if (total == 0)
        {
            return;
        }

        table.SetData(Key, total < 1 ? widths : widths.Select(w => w / total).ToArray());
    }

    /// <summary>
    /// pandoc's <c>widthsFromIndices</c>: each column's share of the page from where its dashes start,
    /// the first index being the table's indentation, which is no column.
    /// </summary>
    public static double[] FromIndices(IReadOnlyList<int> indices)
    {
        var lengths = new int[indices.Count];
        for (var i = 0; i < indices.Count; i++)
        {
            lengths[i] = indices[i] - (i == 0 ? 0 : indices[i - 1]);
        }

        // The last column has no space after it: it gets the one before's width when that is a little more.
        if (lengths.Length >= 2)
        {
            var (last, before) = (lengths[^1], lengths[^2]);
            if (last < before && before - last <= 2)
            {
                lengths[^1] = before;
            }
        }

        var total = lengths.Sum();
        var page = Math.Max(PageColumns, indices[^1]);
        double quotient = total > page ? total : page;
        return lengths.Skip(1).Select(l => l / quotient).ToArray();
    }
}
