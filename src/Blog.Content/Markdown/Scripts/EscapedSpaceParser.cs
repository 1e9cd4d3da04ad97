using Markdig.Extensions.Tables;
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
    private static readonly object EscapedKey = new();

    public EscapedSpaceParser()
    {
        OpeningCharacters = ['\\'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != ' ' || EndsTableCell(processor, slice))
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new LiteralInline("\u00A0") { Span = new(start, start + 1), Line = line, Column = column };
        slice.Start += 2;
        return true;
    }

    /// <summary>
    /// pandoc cuts a table row into cells and trims them before reading them, so a backslash that
    /// ends a cell (<c>| b\ |</c>) has no space after it and stays a backslash; Markdig reads the row
    /// whole. A paragraph whose first line has a bar may be a table, as Markdig's table parser sees it.
    /// </summary>
    private static bool EndsTableCell(InlineProcessor processor, StringSlice slice)
    {
        if (processor.Parsers.FindExact<PipeTableParser>() is not { } tables || processor.ParserStates[tables.Index] is null)
        {
            return false;
        }

        var at = slice.Start + 1;
        while (at <= slice.End && slice.Text[at] is ' ' or '\t')
        {
            at++;
        }

        return at > slice.End || slice.Text[at] is '|' or '\n' or '\r';
    }
}
