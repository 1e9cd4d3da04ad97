using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// Tables written as pandoc 2.17 writes them to HTML5: the caption, a <c>colgroup</c> when columns
/// have widths (and the table's total width when it is not the whole page), <c>thead</c> and
/// <c>tbody</c>, alignment as <c>text-align</c> styles, and a cell whose last block is its only
/// paragraph written without the <c>p</c> (pandoc's plain text).
/// </summary>
internal sealed class PandocTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<table");
        var widths = ColumnWidths.Of(table);
        var total = widths?.Sum() ?? 0;
        if (total is not 0 and not 1)
        {
            renderer.Write(string.Create(CultureInfo.InvariantCulture, $" style=\"width:{Math.Round(total * 100, MidpointRounding.ToEven)}%;\""));
        }

        renderer.WriteAttributes(table).WriteLine(">");
        if (table.FirstOrDefault() is TableCaption caption)
        {
            renderer.Write("<caption>").WriteLeafInline(caption).WriteLine("</caption>");
        }

        if (widths is not null)
        {
            renderer.WriteLine("<colgroup>");
            foreach (var width in widths)
            {
                renderer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<col style=\"width: {Math.Truncate(width * 100)}%\" />"));
            }

            renderer.WriteLine("</colgroup>");
        }

        var rows = table.OfType<TableRow>().ToList();
        var header = rows.TakeWhile(r => r.IsHeader).ToList();
        if (header.Count > 0)
        {
            renderer.WriteLine("<thead>");
            header.ForEach(row => WriteRow(renderer, table, row));
            renderer.WriteLine("</thead>");
        }

        if (rows.Count > header.Count)
        {
            renderer.WriteLine("<tbody>");
            rows.Skip(header.Count).ToList().ForEach(row => WriteRow(renderer, table, row));
            renderer.WriteLine("</tbody>");
        }

        renderer.WriteLine("</table>");
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row)
    {
        renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
        var tag = row.IsHeader ? "th" : "td";
        foreach (var cell in row.OfType<TableCell>())
        {
            renderer.Write('<').Write(tag);
            var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : row.IndexOf(cell);
            var alignment = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
            if (alignment is { } align)
            {
                renderer.Write(" style=\"text-align: ").Write(align switch
                {
                    TableColumnAlign.Left => "left",
                    TableColumnAlign.Center => "center",
                    _ => "right",
                }).Write(";\"");
            }

            renderer.WriteAttributes(cell).Write('>');
            WriteCell(renderer, cell);
            renderer.Write("</").Write(tag).WriteLine(">");
        }

        renderer.WriteLine("</tr>");
    }

    /// <summary>pandoc's <c>compactify</c>: a last paragraph is plain text when the cell has no other.</summary>
    private static void WriteCell(HtmlRenderer renderer, TableCell cell)
    {
        var plainLast = cell.LastChild is ParagraphBlock && cell.Count(block => block is ParagraphBlock) == 1;
        for (var i = 0; i < cell.Count; i++)
        {
            if (plainLast && i == cell.Count - 1)
            {
                renderer.WriteLeafInline((ParagraphBlock)cell[i]);
            }
            else
            {
                renderer.Write(cell[i]);
            }
        }
    }
}
