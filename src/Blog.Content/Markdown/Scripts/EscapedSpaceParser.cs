using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Scripts;

/// <summary>
/// pandoc reads a backslash before a space as a non-breaking space: the way to put a space in a
/// subscript or superscript (<c>P~a\ cat~</c>), which an unescaped space ends, and good anywhere else.
/// </summary>
internal sealed class EscapedSpaceParser : InlineParser
{
    public EscapedSpaceParser()
    {
        OpeningCharacters = ['\\'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != ' ')
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new LiteralInline("\u00A0") { Span = new(start, start + 1), Line = line, Column = column };
        slice.Start += 2;
        return true;
    }
}
