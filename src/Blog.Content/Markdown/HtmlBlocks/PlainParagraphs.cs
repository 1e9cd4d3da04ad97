using Markdig.Syntax;

namespace Blog.Content.Markdown.HtmlBlocks;

/// <summary>
/// pandoc ends a paragraph at a block tag on the next line and writes its text without <c>&lt;p&gt;</c>
/// (<c>Body *b*⏎&lt;/details&gt;</c>), except before the <c>&lt;/div&gt;</c> that closes a div, where
/// it stays a paragraph. A blank line before the tag keeps the paragraph in every case.
/// </summary>
internal static class PlainParagraphs
{
    public static void Apply(ParsedDocument document)
    {
        var lines = document.TagLines;
        if (lines.Count == 0)
        {
            return;
        }

        // Read before the first change, which makes the document walk again.
        lines = [.. lines];
        foreach (var line in lines)
        {
            if (line.Parent is not { } parent || (line.Closing && line.TagName == "div"))
            {
                continue;
            }

            var index = parent.IndexOf(line);
            if (index > 0 && parent[index - 1] is ParagraphBlock paragraph && paragraph.Inline is { } inlines
                && LastLine(paragraph) + 1 == line.Line)
            {
                paragraph.Inline = null;
                var plain = new PlainBlock { Inline = inlines, Span = paragraph.Span, Line = paragraph.Line, Column = paragraph.Column };
                parent[index - 1] = plain;
                document.Changed();
            }
        }
    }

    private static int LastLine(ParagraphBlock paragraph)
    {
        var last = paragraph.Line;
        foreach (var inline in paragraph.Inline!.Descendants<Markdig.Syntax.Inlines.Inline>())
        {
            last = Math.Max(last, inline.Line);
        }

        return last;
    }
}
