using Markdig.Helpers;
using Markdig.Parsers;

namespace Blog.Content.Markdown.LineBlocks;

/// <summary>
/// Reads the end of each line inside a line block, before CommonMark's line breaks do: every line of
/// the block ends in a break, whatever ends it (no two spaces needed, and a trailing backslash is text).
/// </summary>
internal sealed class LineStartParser : InlineParser
{
    public LineStartParser() => OpeningCharacters = ['\n', '\\'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Block is not LineBlock block)
        {
            return false;
        }

        var at = slice.Start;
        if (slice.CurrentChar == '\\')
        {
            // "\" at the end of a line is a backslash here, not CommonMark's break.
            if (slice.PeekChar() is not ('\n' or '\0'))
            {
                return false;
            }

            processor.Inline = new Markdig.Syntax.Inlines.LiteralInline("\\");
            slice.NextChar();
            return true;
        }

        var start = processor.GetSourcePosition(at, out var line, out var column);
        var next = line + 1;
        block.Indents.TryGetValue(next, out var indent);
        processor.Inline = new LineStart(!block.Continuations.Contains(next), indent)
        {
            Span = new Markdig.Syntax.SourceSpan(start, start),
            Line = line,
            Column = column,
        };
        slice.NextChar();
        return true;
    }
}
