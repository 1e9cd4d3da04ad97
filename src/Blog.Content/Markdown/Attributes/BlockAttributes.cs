using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Attributes;

/// <summary>
/// Attributes on the first line of a block, where pandoc reads them: at the end of an ATX heading
/// after a space (<c># Title {#id .class lang=vi}</c>, before any closing <c>#</c>s; right after text
/// they are read with the heading's inlines) and as the whole info string of
/// a fenced code block (<c>```{.python #listing}</c>, or <c>```{=html}</c> for raw HTML). Text after
/// the braces means they are not attributes: <c># A {#id} more</c> is a heading with braces in it, and
/// so is <c># A {-} #</c>, whose closing <c>#</c>s come after them (pandoc reads attributes after the
/// closing <c>#</c>s: <c># A # {-}</c>).
/// </summary>
internal static class BlockAttributes
{
    /// <summary>A heading line with thousands of braces is tried at its last few only.</summary>
    private const int MaxAttempts = 8;

    private static readonly object TakenKey = new();

    /// <summary>
    /// The heading's line ended in attributes, or in closing <c>#</c>s after braces, so braces at the end
    /// of its text are text.
    /// </summary>
    public static bool HasTrailingAttributes(HeadingBlock heading) => heading.GetData(TakenKey) is true;

    public static bool ForHeading(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        var text = line.Text;
        var end = line.End + 1;
        var open = end;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            open = open > line.Start ? text.LastIndexOf('{', open - 1, open - line.Start) : -1;
            if (open < 0)
            {
                return false;
            }

            // Right after a word or an inline ("Chào [thế giới]{lang=vi}") the inline parsers decide.
            if (open > line.Start && text[open - 1] is ' ' or '\t'
                && PandocAttributes.TryParse(text, open, end, out var attributes, out var next) && IsBlank(text, next, end))
            {
                AttributeHtml.Apply((MarkdownObject)block, attributes);
                ((MarkdownObject)block).SetData(TakenKey, true);
                line.End = open - 1;
                return true;
            }

            if (open > line.Start && PandocAttributes.TryParse(text, open, end, out _, out var afterBraces) && IsClosingSequence(text, afterBraces, end))
            {
                ((MarkdownObject)block).SetData(TakenKey, true);
                return false;
            }
        }

        return false;
    }

    public static bool ForFencedCode(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        var text = line.Text;
        var end = line.End + 1;
        if (block is FencedCodeBlock fenced && PandocAttributes.TryParseRaw(text, line.Start, end, out var format, out var afterRaw) && IsBlank(text, afterRaw, end))
        {
            RawCode.Mark(fenced, format);
            line.End = line.Start - 1;
            return true;
        }

        if (PandocAttributes.TryParse(text, line.Start, end, out var attributes, out var next) && IsBlank(text, next, end))
        {
            AttributeHtml.Apply((MarkdownObject)block, attributes);
            line.End = line.Start - 1;
            return true;
        }

        return false;
    }

    /// <summary>Spaces, then <c>#</c>s, then spaces: a heading's closing sequence.</summary>
    private static bool IsClosingSequence(string text, int start, int end)
    {
        var at = start;
        var spaced = false;
        while (at < end && text[at] is ' ' or '\t')
        {
            at++;
            spaced = true;
        }

        var hashes = at;
        while (at < end && text[at] == '#')
        {
            at++;
        }

        return spaced && at > hashes && IsBlank(text, at, end);
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is not (' ' or '\t' or '\r' or '\n'))
            {
                return false;
            }
        }

        return true;
    }
}
