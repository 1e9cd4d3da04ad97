using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// A pipe table has as many columns as its separator line, as in pandoc (Markdig widens it to its
/// longest row; pandoc drops the extra cells). And pandoc gives a pipe table relative column widths when one of its rows is longer than the page
/// (72 columns of text, its cells' text together): each column's share is its dashes' share of the
/// separator line, so that long cells wrap instead of stretching the table.
/// </summary>
internal sealed class PipeTableWidthsExtension : DocumentPassExtension
{
    protected override PassOrder Order => PassOrder.PipeTableWidths;

    protected override void Process(ParsedDocument document)
    {
        foreach (var table in document.Tables)
        {
            if (table is ReadTable || table.OfType<TableRow>().FirstOrDefault() is not { IsHeader: true } header)
            {
                continue;
            }

            if (Source(table) is not { } text || Separator(text, header.Span.End) is not { } dashes)
            {
                continue;
            }

            var columns = dashes.Length;
            Narrow(table, columns);
            var longest = table.OfType<TableRow>().Max(row => row.OfType<TableCell>().Take(columns).Sum(TextLength));
            if (longest <= ColumnWidths.PageColumns)
            {
                continue;
            }

            double total = dashes.Sum();
            ColumnWidths.Set(table, dashes.Select(d => d / total).ToArray());
        }
    }

    private static void Narrow(Table table, int columns)
    {
        if (table.ColumnDefinitions.Count > columns)
        {
            table.ColumnDefinitions.RemoveRange(columns, table.ColumnDefinitions.Count - columns);
        }

        foreach (var row in table.OfType<TableRow>())
        {
            while (row.Count > columns)
            {
                row.RemoveAt(row.Count - 1);
            }
        }
    }

    private static int TextLength(TableCell cell) =>
        cell.OfType<ParagraphBlock>().Sum(paragraph => InlineText.Of(paragraph).Length);

    private static string? Source(Table table) =>
        table.Descendants<LiteralInline>().FirstOrDefault()?.Content.Text;

    /// <summary>Dashes and colons of each column on the line after the header, as pandoc counts them.</summary>
    private static int[]? Separator(string text, int headerEnd)
    {
        var start = text.IndexOf('\n', Math.Min(headerEnd, text.Length - 1));
        if (start < 0)
        {
            return null;
        }

        var end = text.IndexOf('\n', start + 1);
        var line = text.AsSpan(start + 1, (end < 0 ? text.Length : end) - start - 1).Trim();
        var lengths = new List<int>();
        foreach (var part in line.ToString().Split('|', '+'))
        {
            var marks = part.Count(c => c is '-' or ':');
            if (marks > 0)
            {
                lengths.Add(marks);
            }
        }

        return lengths.Count > 0 ? lengths.ToArray() : null;
    }
}
