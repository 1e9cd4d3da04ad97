using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Smart;

/// <summary>
/// pandoc 2.17's quotation rules (its smart parsers as its Markdown reader calls them), over a level's
/// events: its quote characters and the elements nested in it. A quote opens when it is not inside a
/// quotation of its kind, not right after a word and not before a space; the quotation is tried up to
/// its closing quote, and with none the quote is only a character: <c>“</c> for a double one, an
/// apostrophe for a single one. A closing single quote is one not followed by a letter or digit; a
/// quotation cannot begin with its closing quote. Spaces and line breaks at the end of a quotation go.
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

    private void ReadQuotations(QuoteContext context)
    {
        _singleEndsReady = false;
        _doubleEndsReady = false;
        _depth = 0;
        for (var j = 0; j < _eventCount;)
        {
            j = Step(j, context, emit: true);
        }
    }

    /// <summary>Reads the event at <paramref name="j"/>; returns the next one to read. Marks only when <paramref name="emit"/>.</summary>
    private int Step(int j, QuoteContext context, bool emit)
    {
        ref readonly var e = ref _events[j];
        if (e.IsContainer)
        {
            if (emit)
            {
                levels.Push(((ContainerInline)_segments[e.Segment], context));
            }

            return j + 1;
        }

        var kind = e.Char is '"' or '“' ? QuoteContext.Double : e.Char is '\'' or '‘' ? QuoteContext.Single : QuoteContext.None;
        if (kind == QuoteContext.None)
        {
            // ’ and ” are already what they would become.
            return j + 1;
        }

        if (context != kind && !e.AfterWord && e.BeginsContent && _depth < MaxDepth)
        {
            return Quotation(j, kind, emit);
        }

        if (emit && e.Char is '"' or '\'')
        {
            Replace(e.Segment, e.Offset, e.Char == '"' ? '”' : '’');
        }

        return j + 1;
    }

    private int Quotation(int open, QuoteContext kind, bool emit)
    {
        var close = Close(open, kind);
        var isDouble = kind == QuoteContext.Double;
        if (close < 0)
        {
            if (emit)
            {
                Set(open, isDouble ? '“' : '’');
            }

            return open + 1;
        }

        if (emit)
        {
            Set(open, isDouble ? '“' : '‘');
            _depth++;
            for (var j = open + 1; j < close;)
            {
                j = Step(j, kind, emit);
            }

            _depth--;
            TrimBefore(close);
            Set(close, isDouble ? '”' : '’');
        }

        return close + 1;
    }

    /// <summary>Where the quotation opened at <paramref name="open"/> closes, or -1.</summary>
    private int Close(int open, QuoteContext kind)
    {
        var first = open + 1;
        if (first < _eventCount && _events[first].Position == _events[open].Position + 1 && IsClosing(first, kind))
        {
            return -1;
        }

        _depth++;
        var close = CloseFrom(first, kind);
        _depth--;
        return close;
    }

    /// <summary>
    /// Reading on inside a quotation from event <paramref name="j"/> depends only on where it starts and
    /// on the kind of quotation, so each answer is kept for every event the reading passed: a later try
    /// from any of them (a paragraph of unclosed quotes tries once per quote) takes it at once instead of
    /// reading to the end again, which would be quadratic.
    /// </summary>
    private int CloseFrom(int j, QuoteContext kind)
    {
        var known = Ends(kind);
        var from = _path.Count;
        int close;
        while (true)
        {
            if (known[j] != 0)
            {
                close = known[j] - 2;
                break;
            }

            _path.Add(j);
            if (j >= _eventCount)
            {
                close = -1;
                break;
            }

            if (IsClosing(j, kind))
            {
                close = j;
                break;
            }

            j = Step(j, kind, emit: false);
        }

        for (var k = from; k < _path.Count; k++)
        {
            known[_path[k]] = close + 2;
        }

        _path.RemoveRange(from, _path.Count - from);
        return close;
    }

    /// <summary>The closing events found so far for one kind of quotation, by event, as close + 2 (0 unknown, 1 none).</summary>
    private int[] Ends(QuoteContext kind)
    {
        ref var ends = ref kind == QuoteContext.Double ? ref _doubleEnds : ref _singleEnds;
        ref var ready = ref kind == QuoteContext.Double ? ref _doubleEndsReady : ref _singleEndsReady;
        if (!ready)
        {
            if (ends.Length <= _eventCount)
            {
                ends = new int[Math.Max(_eventCount + 1, ends.Length * 2)];
            }
            else
            {
                Array.Clear(ends, 0, _eventCount + 1);
            }

            ready = true;
        }

        return ends;
    }

    private bool IsClosing(int j, QuoteContext kind)
    {
        ref readonly var e = ref _events[j];
        return !e.IsContainer && (kind == QuoteContext.Double
            ? e.Char is '"' or '”'
            : e.Char is '\'' or '’' && !e.BeforeAlphaNum);
    }

    /// <summary>Removes the spaces and soft line breaks that end a quotation, as pandoc trims its content.</summary>
    private void TrimBefore(int close)
    {
        // Found from the end backwards, kept in text order.
        var first = _edits.Count;
        TrimBackwards(close);
        _edits.Reverse(first, _edits.Count - first);
    }

    private void TrimBackwards(int close)
    {
        var segment = _events[close].Segment;
        var end = _events[close].Offset;
        while (true)
        {
            if (_segments[segment] is LiteralInline literal)
            {
                var text = literal.Content.AsSpan();
                var first = literal.IsFirstCharacterEscaped ? 1 : 0;
                var start = end;
                while (start > first && text[start - 1] is ' ' or '\t')
                {
                    start--;
                }

                // After an abbreviation the spaces are a no-break space, which is text, not a space to trim.
                if (start < end && start > 0 && text[start - 1] == '.' && EndsAbbreviation(literal, segment, start - 1))
                {
                    return;
                }

                for (var k = end - 1; k >= start; k--)
                {
                    _edits.Add(new Edit { Segment = segment, Offset = k, IsRemoval = true });
                }

                if (start > 0)
                {
                    return;
                }
            }
            else if (_segments[segment] is LineBreakInline { IsHard: false })
            {
                _edits.Add(new Edit { Segment = segment, IsRemoval = true });
            }
            else
            {
                return;
            }

            if (--segment < 0)
            {
                return;
            }

            end = _segments[segment] is LiteralInline previous ? previous.Content.Length : 0;
        }
    }

    private void Set(int j, char c)
    {
        if (_events[j].Char != c)
        {
            Replace(_events[j].Segment, _events[j].Offset, c);
        }
    }
}
