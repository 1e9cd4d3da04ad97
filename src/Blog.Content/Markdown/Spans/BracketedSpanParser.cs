using Blog.Content.Markdown.Attributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Spans;

/// <summary>
/// Closes a <c>[</c> as a span when its <c>]</c> is followed at once by attributes: <c>[text]{.c}</c>,
/// <c>[Xin chào]{lang=vi}</c>. It runs before links, as pandoc's reader does, so <c>[ref]{.c}</c> is a
/// span even where <c>ref</c> is a link definition; any other <c>]</c> (<c>[t](u)</c>, <c>[t][r]</c>,
/// <c>[x]</c>) is left to the link parser. A span may hold links, and a link spans.
/// </summary>
internal sealed class BracketedSpanParser : InlineParser
{
    public BracketedSpanParser()
    {
        OpeningCharacters = [']'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var close = slice.Start;
        var end = slice.End + 1;
        if (close + 1 >= end || text[close + 1] != '{'
            || processor.Inline?.FirstParentOfType<LinkDelimiterInline>() is not { IsImage: false } opener
            || !PandocAttributes.TryParse(text, close + 1, end, out var attributes, out var next)
            || IsFootnoteMark(text, close))
        {
            return false;
        }

        var span = new SpanInline
        {
            AttributeText = text[(close + 1)..next],
            Span = opener.Span,
            Line = opener.Line,
            Column = opener.Column,
        };
        AttributeHtml.Apply(span, attributes);

        // Open while it takes the bracket's children, as the link parser does with a link.
        opener.ReplaceBy(span);
        processor.PostProcessInlines(0, span, null, false);
        span.IsClosed = true;
        processor.Inline = span;
        slice.Start = next;
        return true;
    }

    /// <summary>
    /// <c>[^label]</c> without spaces is a footnote mark to pandoc, defined or not, so
    /// <c>[^1]{.c}</c> is no span.
    /// </summary>
    private static bool IsFootnoteMark(string text, int close)
    {
        var at = close - 1;
        while (at >= 0 && text[at] is not ('[' or ']') && !char.IsWhiteSpace(text[at]))
        {
            at--;
        }

        return at >= 0 && text[at] == '[' && at + 2 < close && text[at + 1] == '^' && (at == 0 || text[at - 1] != '\\');
    }
}
