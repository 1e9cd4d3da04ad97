using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Smart;

/// <summary>
/// The events of a level, in reading order: each quote character, with what pandoc's quote parsers
/// ask about the characters around it, and each element nested in the level.
/// </summary>
internal sealed partial class InlineRun
{
    private Event[] _events = new Event[32];
    private int _eventCount;
    private bool _hasQuotes;

    private void AddEvent(Event e)
    {
        if (_eventCount == _events.Length)
        {
            Array.Resize(ref _events, _events.Length * 2);
        }

        _events[_eventCount++] = e;
    }

    /// <summary>What pandoc's quote parsers ask about the characters around a quote.</summary>
    private void Describe(ref Event e)
    {
        var literal = (LiteralInline)_segments[e.Segment];
        var text = literal.Content.AsSpan();
        var at = e.Offset;
        if (at > 1 || (at == 1 && !literal.IsFirstCharacterEscaped))
        {
            e.AfterWord = EndsWord(text, at - 1, literal.IsFirstCharacterEscaped ? 1 : 0);
        }
        else if (at == 0 && e.Segment > 0)
        {
            e.AfterWord = _segments[e.Segment - 1] switch
            {
                // pandoc counts the end of emphasis as the end of a word.
                EmphasisInline { DelimiterChar: '*' or '_' } => true,
                LiteralInline previous => EndsWithWordCharacter(previous) && EndsWord(previous.Content.AsSpan(), previous.Content.Length - 1, previous.IsFirstCharacterEscaped ? 1 : 0),
                _ => false,
            };
        }

        if (at + 1 < text.Length)
        {
            e.BeginsContent = text[at + 1] is not (' ' or '\t');
            e.BeforeAlphaNum = IsAlphaNumAt(text, at + 1);
            return;
        }

        switch (Next(literal))
        {
            case LiteralInline { Content.Length: > 0 } next:
                var nextText = next.Content.AsSpan();
                e.BeginsContent = next.IsFirstCharacterEscaped || nextText[0] is not (' ' or '\t');
                e.BeforeAlphaNum = !next.IsFirstCharacterEscaped && IsAlphaNumAt(nextText, 0);
                break;
            case null or LineBreakInline:
                break;
            default:
                e.BeginsContent = true;
                break;
        }
    }

    /// <summary>pandoc's "right after a word": after a letter or digit, or a dot left over from ellipses (a written one, not from <paramref name="first"/> on).</summary>
    private static bool EndsWord(ReadOnlySpan<char> text, int at, int first)
    {
        if (text[at] != '.')
        {
            return IsAlphaNumEndingAt(text, at);
        }

        var dots = 1;
        while (at - dots >= first && text[at - dots] == '.')
        {
            dots++;
        }

        return dots % 3 != 0;
    }

    /// <summary>A quote character of the level, or an element nested in it.</summary>
    private struct Event
    {
        /// <summary>Characters and elements counted from the level's start, to tell which are side by side.</summary>
        public int Position;
        public int Segment;
        public int Offset;
        public char Char;
        public bool IsContainer;
        public bool AfterWord;
        public bool BeginsContent;
        public bool BeforeAlphaNum;
    }
}
