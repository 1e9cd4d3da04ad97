using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Attributes;

/// <summary>
/// pandoc's raw attribute: code marked <c>{=html}</c> (or <c>{=html5}</c>) is written out as HTML,
/// and code marked for any other format (<c>{=latex}</c>) is left out of an HTML page.
/// </summary>
internal static class RawCode
{
    private static readonly object FormatKey = new();

    public static bool IsHtml(string format) => format is "html" or "html5";

    public static void Replace(InlineProcessor processor, CodeInline code, string format)
    {
        if (IsHtml(format))
        {
            var html = new HtmlInline(code.Content) { Span = code.Span, Line = code.Line, Column = code.Column };
            code.ReplaceBy(html);
            processor.Inline = html;
        }
        else
        {
            code.Remove();
            processor.Inline = null;
        }
    }

    /// <summary>Marks a fenced block opened with <c>```{=format}</c>; its lines are replaced once the document is parsed.</summary>
    public static void Mark(FencedCodeBlock block, string format) => block.SetData(FormatKey, format);

    /// <summary>Raw fenced blocks become HTML blocks, or go, as their format says.</summary>
    public static void ReplaceBlocks(ParsedDocument document)
    {
        var raw = document.Fences.Where(b => b.GetData(FormatKey) is string).ToList();
        if (raw.Count > 0)
        {
            document.Changed();
        }

        foreach (var block in raw)
        {
            var parent = block.Parent!;
            var index = parent.IndexOf(block);
            parent.RemoveAt(index);
            if (IsHtml((string)block.GetData(FormatKey)!))
            {
                parent.Insert(index, new HtmlBlock(null)
                {
                    Type = HtmlBlockType.NonInterruptingBlock,
                    Lines = block.Lines,
                    Span = block.Span,
                    Line = block.Line,
                    Column = block.Column,
                });
            }
        }
    }
}
