using System.Buffers;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Smart;

/// <summary>
/// The marks of a level's text: dashes, dots and the spaces after an abbreviation are settled where
/// they stand, the way pandoc's <c>dash</c>, <c>ellipses</c> and <c>str</c> parsers read them; quotes
/// become events for the quotation rules.
/// </summary>
internal sealed partial class InlineRun
{
    private const char NoBreakSpace = '\u00A0';

    private static readonly SearchValues<char> Marks = SearchValues.Create("'\"‘’“”-.");

    private void ReadMarks(LiteralInline literal, int segment, int position)
    {
        var text = literal.Content.AsSpan();

        // A character written with a backslash is kept as it is, and starts no mark.
        var from = literal.IsFirstCharacterEscaped ? 1 : 0;
        int found;
        while (from < text.Length && (found = text[from..].IndexOfAny(Marks)) >= 0)
        {
            var at = from + found;
            switch (text[at])
            {
                case '-':
                    from = Dashes(text, segment, at);
                    break;
                case '.':
                    from = Dots(literal, segment, at);
                    break;
                default:
                    AddEvent(new Event { Position = position + at, Segment = segment, Offset = at, Char = text[at] });
                    _hasQuotes = true;
                    from = at + 1;
                    break;
            }
        }
    }

    /// <summary>A run of hyphens, read from its start: <c>---</c> an em dash, <c>--</c> an en dash, one left over stays.</summary>
    private int Dashes(ReadOnlySpan<char> text, int segment, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '-')
        {
            end++;
        }

        var at = start;
        while (end - at >= 2)
        {
            var em = end - at >= 3;
            Replace(segment, at, em ? '—' : '–');
            Remove(segment, at + 1, em ? 2 : 1);
            at += em ? 3 : 2;
        }

        return end;
    }

    /// <summary>A run of dots, read from its start: each three an ellipsis; a lone dot may end an abbreviation.</summary>
    private int Dots(LiteralInline literal, int segment, int start)
    {
        var text = literal.Content.AsSpan();
        var end = start;
        while (end < text.Length && text[end] == '.')
        {
            end++;
        }

        for (var at = start; end - at >= 3; at += 3)
        {
            Replace(segment, at, '…');
            Remove(segment, at + 1, 2);
        }

        if (end - start == 1 && SpaceMayFollow(literal, end) && EndsAbbreviation(literal, segment, start))
        {
            SpaceAfterAbbreviation(literal, segment, start);
        }

        return end;
    }

    /// <summary>Whether the word that ends with the dot at <paramref name="dot"/> is one of pandoc's abbreviations.</summary>
    private bool EndsAbbreviation(LiteralInline literal, int segment, int dot)
    {
        var text = literal.Content.AsSpan();
        var first = literal.IsFirstCharacterEscaped ? 1 : 0;

        // pandoc's words are letters, digits and dots, but not dots that went into an ellipsis, nor a dot before a dot.
        var start = dot;
        while (start > first)
        {
            if (char.IsAsciiLetterOrDigit(text[start - 1]))
            {
                start--;
            }
            else if (text[start - 1] == '.')
            {
                var dots = 1;
                while (start - 1 - dots >= first && text[start - 1 - dots] == '.')
                {
                    dots++;
                }

                if (dots % 3 == 0)
                {
                    break;
                }

                start--;
                if (dots > 1)
                {
                    break;
                }
            }
            else
            {
                break;
            }

            if (dot - start + 1 > Abbreviations.MaxLength)
            {
                return false;
            }
        }

        var longer = start > first
            ? IsAlphaNumEndingAt(text, start - 1)
            : start == 0 && segment > 0 && _segments[segment - 1] is LiteralInline previous && EndsWithWordCharacter(previous);
        return !longer && Abbreviations.Contains(text[start..(dot + 1)]);
    }

    private bool SpaceMayFollow(LiteralInline literal, int at) =>
        at < literal.Content.Length ? literal.Content.AsSpan()[at] is ' ' or '\t' : Next(literal) is LineBreakInline { IsHard: false };

    /// <summary>The spaces after an abbreviation become one no-break space, unless a note follows them, as in pandoc.</summary>
    private void SpaceAfterAbbreviation(LiteralInline literal, int segment, int dot)
    {
        var text = literal.Content.AsSpan();
        var end = dot + 1;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        if (end == dot + 1)
        {
            // Markdig leaves the space before a line break out of the text; pandoc puts its no-break space there too.
            if (end == text.Length && Next(literal) is LineBreakInline { IsHard: false } && SpaceFollows(literal.Content))
            {
                _edits.Add(new Edit { Segment = segment, Offset = text.Length, Char = NoBreakSpace });
            }

            return;
        }

        if (end == text.Length && Next(literal) is FootnoteLink)
        {
            return;
        }

        Replace(segment, dot + 1, NoBreakSpace);
        Remove(segment, dot + 2, end - dot - 2);
    }

    private static bool SpaceFollows(StringSlice content) =>
        content.End + 1 < content.Text.Length && content.Text[content.End + 1] is ' ' or '\t';

    private void Replace(int segment, int offset, char c) => _edits.Add(new Edit { Segment = segment, Offset = offset, Char = c });

    private void Remove(int segment, int offset, int count)
    {
        for (var k = offset; k < offset + count; k++)
        {
            _edits.Add(new Edit { Segment = segment, Offset = k, IsRemoval = true });
        }
    }
}
