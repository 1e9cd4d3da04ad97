using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Smart;

/// <summary>
/// pandoc 2.17's smart rules (its <c>Text.Pandoc.Parsing</c> smart parsers, as its Markdown reader
/// calls them), over one level's units. A quote opens when it is not inside a quotation of its kind,
/// not right after a word and not before a space; the quotation is tried up to its closing quote, and
/// if there is none the quote is only a character: <c>“</c> for a double one, an apostrophe for a
/// single one. A closing single quote is one not followed by a letter or digit. Spaces at the end of a
/// quotation go. <c>---</c> is an em dash, <c>--</c> an en dash, <c>...</c> an ellipsis, and the
/// spaces after an abbreviation (<see cref="Abbreviations"/>) one no-break space.
/// </summary>
internal sealed partial class InlineRun
{
    // Quotations nested deeper than this are taken as unclosed: a long enough run of alternating
    // quotes would otherwise nest one call per quote, deeper than the stack goes.
    private const int MaxDepth = 32;

    private readonly List<int> _path = [];
    private int[] _singleEnds = [];
    private int[] _doubleEnds = [];
    private bool _singleEndsReady;
    private bool _doubleEndsReady;
    private int _depth;

    private void StartRules()
    {
        _singleEndsReady = false;
        _doubleEndsReady = false;
        _depth = 0;
    }

    /// <summary>Reads one element of pandoc's grammar at <paramref name="i"/>; returns where the next begins. Marks only when <paramref name="emit"/>.</summary>
    private int Step(int i, QuoteContext context, bool emit)
    {
        ref readonly var unit = ref _units[i];
        if (unit.Kind != UnitKind.Text)
        {
            if (emit && unit.Kind is UnitKind.Emphasis or UnitKind.Other && IsTextContainer(unit.Node))
            {
                levels.Push(((ContainerInline)unit.Node, context));
            }

            return i + 1;
        }

        switch (unit.Char)
        {
            case '"' or '“':
                if (Opens(i, context, QuoteContext.Double))
                {
                    return Quotation(i, QuoteContext.Double, emit);
                }

                Replace(i, '”', emit && unit.Char == '"');
                return i + 1;
            case '\'' or '‘':
                if (Opens(i, context, QuoteContext.Single))
                {
                    return Quotation(i, QuoteContext.Single, emit);
                }

                Replace(i, '’', emit && unit.Char == '\'');
                return i + 1;
            case '-' when IsText(i + 1, '-'):
                var em = IsText(i + 2, '-');
                Replace(i, em ? '—' : '–', emit);
                return Remove(i + 1, em ? 2 : 1, emit);
            case '.' when IsText(i + 1, '.'):
                if (!IsText(i + 2, '.'))
                {
                    return i + 1;
                }

                Replace(i, '…', emit);
                return Remove(i + 1, 2, emit);
            case '.':
                return AfterAbbreviation(i, emit);
            default:
                return i + 1;
        }
    }

    private bool Opens(int i, QuoteContext context, QuoteContext kind) =>
        context != kind && !AfterWord(i) && BeginsContent(i + 1) && _depth < MaxDepth;

    private int Quotation(int open, QuoteContext kind, bool emit)
    {
        var close = Close(open + 1, kind);
        var isDouble = kind == QuoteContext.Double;
        if (close < 0)
        {
            Replace(open, isDouble ? '“' : '’', emit);
            return open + 1;
        }

        if (emit)
        {
            Replace(open, isDouble ? '“' : '‘', emit);
            _depth++;
            for (var i = open + 1; i < close;)
            {
                i = Step(i, kind, emit);
            }

            _depth--;
            TrimEnd(open + 1, close);
            Replace(close, isDouble ? '”' : '’', emit);
        }

        return close + 1;
    }

    /// <summary>Where the quotation whose text begins at <paramref name="start"/> closes, or -1: at least one element, then up to the first closing quote.</summary>
    private int Close(int start, QuoteContext kind)
    {
        if (start >= _count || IsClosing(start, kind))
        {
            return -1;
        }

        _depth++;
        var close = CloseFrom(Step(start, kind, emit: false), kind);
        _depth--;
        return close;
    }

    /// <summary>
    /// Reading on inside a quotation from <paramref name="i"/> depends only on where it starts and on the
    /// kind of quotation, so each answer is kept for every place the reading passed: a later try from
    /// any of them (a paragraph of unclosed quotes tries once per quote) takes it at once instead of
    /// reading to the end again, which would be quadratic.
    /// </summary>
    private int CloseFrom(int i, QuoteContext kind)
    {
        var known = Ends(kind);
        var from = _path.Count;
        int close;
        while (true)
        {
            if (known[i] != 0)
            {
                close = known[i] - 2;
                break;
            }

            _path.Add(i);
            if (IsClosing(i, kind))
            {
                close = i;
                break;
            }

            if (i >= _count)
            {
                close = -1;
                break;
            }

            i = Step(i, kind, emit: false);
        }

        for (var k = from; k < _path.Count; k++)
        {
            known[_path[k]] = close + 2;
        }

        _path.RemoveRange(from, _path.Count - from);
        return close;
    }

    /// <summary>The closing places found so far for one kind of quotation, stored as close + 2 (0 unknown, 1 none).</summary>
    private int[] Ends(QuoteContext kind)
    {
        ref var ends = ref kind == QuoteContext.Double ? ref _doubleEnds : ref _singleEnds;
        ref var ready = ref kind == QuoteContext.Double ? ref _doubleEndsReady : ref _singleEndsReady;
        if (!ready)
        {
            if (ends.Length <= _count)
            {
                ends = new int[Math.Max(_count + 1, ends.Length * 2)];
            }
            else
            {
                Array.Clear(ends, 0, _count + 1);
            }

            ready = true;
        }

        return ends;
    }

    private bool IsClosing(int i, QuoteContext kind)
    {
        if (i >= _count || _units[i].Kind != UnitKind.Text)
        {
            return false;
        }

        return kind == QuoteContext.Double
            ? _units[i].Char is '"' or '”'
            : _units[i].Char is '\'' or '’' && !IsAlphaNumAt(i + 1);
    }

    /// <summary>pandoc's "not right after a string": right after a letter or digit, a lone dot, or emphasis.</summary>
    private bool AfterWord(int i)
    {
        var before = i - 1;
        if (before < 0)
        {
            return false;
        }

        ref readonly var unit = ref _units[before];
        if (unit.Kind == UnitKind.Emphasis)
        {
            return true;
        }

        if (unit.Kind != UnitKind.Text)
        {
            return false;
        }

        if (unit.Char == '.')
        {
            // Dots go by threes into ellipses; a dot left over is a word of its own.
            var dots = 1;
            while (IsText(before - dots, '.'))
            {
                dots++;
            }

            return dots % 3 != 0;
        }

        return IsAlphaNumEndingAt(before);
    }

    private bool BeginsContent(int i) =>
        i < _count && _units[i].Kind is not (UnitKind.SoftBreak or UnitKind.HardBreak or UnitKind.TrailingSpace)
        && !(_units[i].Kind == UnitKind.Text && _units[i].Char is ' ' or '\t');

    /// <summary>At a dot that ends a word: if the word is an abbreviation and spaces follow, they become one no-break space.</summary>
    private int AfterAbbreviation(int dot, bool emit)
    {
        var space = dot + 1;
        if (!IsSpace(space))
        {
            return dot + 1;
        }

        var start = dot;
        while (start > 0 && dot - start + 1 < Abbreviations.MaxLength && IsText(start - 1)
            && (char.IsAsciiLetterOrDigit(_units[start - 1].Char) || _units[start - 1].Char == '.'))
        {
            start--;
        }

        if ((start > 0 && (IsText(start - 1, '.') || IsAlphaNumEndingAt(start - 1))) || !IsAbbreviation(start, dot + 1))
        {
            return dot + 1;
        }

        var end = space;
        while (IsSpace(end))
        {
            end++;
        }

        // pandoc leaves the space before a note alone.
        if (end < _count && _units[end].Node is FootnoteLink)
        {
            return dot + 1;
        }

        Replace(space, '\u00A0', emit);
        return Remove(space + 1, end - space - 1, emit);
    }

    private bool IsAbbreviation(int start, int end)
    {
        Span<char> word = stackalloc char[end - start];
        for (var i = start; i < end; i++)
        {
            word[i - start] = _units[i].Char;
        }

        return Abbreviations.Contains(word);
    }

    private void TrimEnd(int start, int close)
    {
        for (var i = close - 1; i >= start; i--)
        {
            ref var unit = ref _units[i];
            if (unit.Removed)
            {
                continue;
            }

            var blank = unit.Kind == UnitKind.SoftBreak
                || (!unit.Replaced && (unit.Kind == UnitKind.TrailingSpace || (unit.Kind == UnitKind.Text && unit.Char is ' ' or '\t')));
            if (!blank)
            {
                return;
            }

            unit.Removed = true;
        }
    }

    private bool IsSpace(int i) =>
        i < _count && (_units[i].Kind == UnitKind.TrailingSpace || (_units[i].Kind == UnitKind.Text && _units[i].Char is ' ' or '\t'));

    private bool IsText(int i) => i >= 0 && i < _count && _units[i].Kind == UnitKind.Text;

    private bool IsText(int i, char c) => IsText(i) && _units[i].Char == c;

    private bool IsAlphaNumAt(int i)
    {
        if (!IsText(i))
        {
            return false;
        }

        var c = _units[i].Char;
        if (char.IsHighSurrogate(c))
        {
            return IsText(i + 1) && char.IsLowSurrogate(_units[i + 1].Char) && IsAlphaNum(new Rune(c, _units[i + 1].Char));
        }

        return !char.IsSurrogate(c) && IsAlphaNum(new Rune(c));
    }

    private bool IsAlphaNumEndingAt(int i)
    {
        var c = _units[i].Char;
        if (char.IsLowSurrogate(c))
        {
            return IsText(i - 1) && char.IsHighSurrogate(_units[i - 1].Char) && IsAlphaNum(new Rune(_units[i - 1].Char, c));
        }

        return IsText(i) && !char.IsSurrogate(c) && IsAlphaNum(new Rune(c));
    }

    // Haskell's isAlphaNum, which pandoc's words are made of: every letter and every number, not marks.
    private static bool IsAlphaNum(Rune rune) => Rune.IsLetter(rune) || Rune.IsNumber(rune);

    private void Replace(int i, char c, bool emit)
    {
        if (emit)
        {
            _units[i].Replacement = c;
            _units[i].Replaced = true;
        }
    }

    /// <summary>Removes <paramref name="count"/> units from <paramref name="start"/>; returns the place after them.</summary>
    private int Remove(int start, int count, bool emit)
    {
        if (emit)
        {
            for (var i = start; i < start + count; i++)
            {
                _units[i].Removed = true;
            }
        }

        return start + count;
    }
}
