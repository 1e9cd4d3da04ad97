using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc gives a pipe table relative column widths when one of its rows is longer than the page
/// (72 columns of text, its cells' text together): each column's share is its dashes' share of the
/// separator line, so that long cells wrap instead of stretching the table.
/// </summary>
internal sealed class PipeTableWidthsExtension : DocumentPassExtension
{
    protected override void Process(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            if (table is ReadTable || table.OfType<TableRow>().FirstOrDefault() is not { IsHeader: true } header)
            {
                continue;
            }

            var columns = table.ColumnDefinitions.Count;
            var longest = table.OfType<TableRow>().Max(row => row.OfType<TableCell>().Take(columns).Sum(TextLength));
            if (longest <= ColumnWidths.PageColumns || Source(table) is not { } text || Separator(text, header.Span.End, columns) is not { } dashes)
            {
                continue;
            }

            double total = dashes.Sum();
            ColumnWidths.Set(table, dashes.Select(d => d / total).ToArray());
        }
    }

    private static int TextLength(TableCell cell) =>
        cell.OfType<ParagraphBlock>().Sum(paragraph => InlineText.Of(paragraph).Length);

    private static string? Source(Table table) =>
        table.Descendants<LiteralInline>().FirstOrDefault()?.Content.Text;

    /// <summary>Dashes and colons of each column on the line after the header, as pandoc counts them.</summary>
    private static int[]? Separator(string text, int headerEnd, int columns)
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

        return lengths.Count == columns ? lengths.ToArray() : null;
    }
}
