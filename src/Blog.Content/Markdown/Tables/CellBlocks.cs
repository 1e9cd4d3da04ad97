using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// A grid table cell's lines parsed as blocks (lists, paragraphs, code) by a child of the document's
/// block processor, as Markdig's own grid tables do: the same parsers, the same budget.
/// </summary>
internal static class CellBlocks
{
    public static void Parse(BlockProcessor processor, string text, List<Piece> lines, TableCell cell)
    {
        var first = 0;
        var last = lines.Count - 1;
        while (first <= last && lines[first].IsBlank(text))
        {
            first++;
        }

        while (last >= first && lines[last].IsBlank(text))
        {
            last--;
        }

        if (first > last)
        {
            return;
        }

        var child = processor.CreateChild();
        child.Open(cell);
        for (var i = first; i <= last; i++)
        {
            child.LineIndex = processor.LineIndex + i;
            child.ProcessLine(new StringSlice(text, lines[i].Start, lines[i].End - 1, NewLine.LineFeed));
        }

        child.Close(cell);
        child.ReleaseChild();
    }
}
