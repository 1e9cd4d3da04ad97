using System.Text;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// pandoc's <c>tex_math_dollars</c>. Display math, <c>$$…$$</c>, is any text up to the next <c>$$</c>
/// that crosses no blank line. Inline math, <c>$…$</c>, opens on a <c>$</c> with no space after it and
/// closes on a <c>$</c> with no space before it and no digit after it, so "$20,000 and $30,000" stays
/// text; a backslash takes the next character with it (<c>\$</c> does not close), and <c>\text{…}</c>
/// may hold dollars. Either way the formula is taken whole, so no other parser sees its braces,
/// underscores, stars or quotes. Markdig's own <c>UseMathematics</c> reads other rules (it takes
/// <c>$ x $</c>, refuses <c>m$x$</c> and line breaks, and makes <c>$$</c> lines a block of their own), so
/// it is not used.
/// </summary>
internal sealed class MathInlineParser : InlineParser
{
    /// <summary>
    /// How far a <c>\text{</c> is searched for its closing brace. Each <c>$</c> opens at most one attempt,
    /// which ends at the next unescaped <c>$</c> except inside <c>\text{…}</c>: the bound keeps a paragraph
    /// of many <c>$\text{</c> linear in its length.
    /// </summary>
    private const int MaxTextLength = 1_000;

    public MathInlineParser() => OpeningCharacters = ['$'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        var text = slice.Text.AsSpan(start, slice.End - start + 1);
        var found = text.Length > 1 && text[1] == '$' ? Display(text) : Inline(text);
        if (found is not var (tex, length, display))
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new MathInline
        {
            Tex = tex,
            Display = display,
            Renderings = SharedRenderings.Of(processor.Context),
            Span = new SourceSpan(position, position + length - 1),
            Line = line,
            Column = column,
        };
        slice.Start = start + length;
        return true;
    }

    private static (string Tex, int Length, bool Display)? Display(ReadOnlySpan<char> text)
    {
        var close = text[2..].IndexOf("$$", StringComparison.Ordinal);
        if (close <= 0)
        {
            return null;
        }

        var tex = text.Slice(2, close);
        return CrossesBlankLine(tex) ? null : (tex.ToString(), close + 4, true);
    }

    private static (string Tex, int Length, bool Display)? Inline(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || char.IsWhiteSpace(text[1]))
        {
            return null;
        }

        // The formula is the text between the dollars with each run of white space made one space. Most
        // formulas have none to change, and most dollars open none (money), so the text is only copied
        // piece by piece once a run has to change, and cut once when none does.
        StringBuilder? tex = null;
        var copied = 1;
        var at = 1;

        // A formula longer than the converter takes is no formula: it is left as text.
        while (at < text.Length && at <= TexToMathML.MaxLength)
        {
            var c = text[at];
            if (c == '$' && at > 1)
            {
                // pandoc: a closing $ followed by a digit is no closing (money: $5 and $6).
                if (at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]))
                {
                    return null;
                }

                var formula = tex is null ? text[1..at].ToString() : tex.Append(text[copied..at]).ToString();
                return (formula, at + 1, false);
            }

            if (c == '\\')
            {
                if (at + 1 >= text.Length)
                {
                    return null;
                }

                var braces = text[(at + 1)..].StartsWith("text{", StringComparison.Ordinal) ? BalancedEnd(text, at + 5) : -1;
                at = braces > 0 ? braces + 1 : at + 2;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                var run = at;
                while (run < text.Length && char.IsWhiteSpace(text[run]))
                {
                    run++;
                }

                // A space before the closing $ (or a blank line) ends the attempt: this is no math.
                if (run >= text.Length || text[run] == '$' || CrossesBlankLine(text[at..run]))
                {
                    return null;
                }

                if (run - at > 1 || c != ' ')
                {
                    tex ??= new StringBuilder(run);
                    tex.Append(text[copied..at]).Append(' ');
                    copied = run;
                }

                at = run;
                continue;
            }

            at++;
        }

        return null;
    }

    /// <summary>The index of the brace closing the one at <paramref name="open"/>, or -1.</summary>
    private static int BalancedEnd(ReadOnlySpan<char> text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length && i - open <= MaxTextLength; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i;
            }
        }

        return -1;
    }

    private static bool CrossesBlankLine(ReadOnlySpan<char> text)
    {
        var newline = text.IndexOf('\n');
        while (newline >= 0)
        {
            var rest = text[(newline + 1)..];
            var next = rest.IndexOf('\n');
            if (next >= 0 && rest[..next].IsWhiteSpace())
            {
                return true;
            }

            newline = next < 0 ? -1 : newline + 1 + next;
        }

        return false;
    }
}
