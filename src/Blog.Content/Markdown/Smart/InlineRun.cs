using System.Buffers;
using System.Text;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Smart;

/// <summary>
/// One level of inline content (a paragraph's, or an emphasis' or a link's text) read as pandoc reads it.
/// Only the marks the rules look at are visited, found by a vectorised search: dashes, dots and the
/// spaces after an abbreviation are settled where they stand; quotes, and the elements nested in the
/// level, become events for the quotation rules (<c>InlineRun.Quotes.cs</c>), since which quotation an
/// element sits in decides how its own quotes read. The changes are collected as edits and written
/// back into the tree's literal text at the end. One instance serves every level of a document.
/// </summary>
internal sealed partial class InlineRun(Stack<(ContainerInline Inlines, QuoteContext Context)> levels)
{
    // The level's inlines in reading order (a '[' that opened no link is read through, see Next).
    private readonly List<Inline> _segments = [];
    private readonly List<Edit> _edits = [];
    private readonly List<Edit> _merged = [];
    private int _firstQuotationEdit;
    private ContainerInline _level = null!;

    public void Apply(ContainerInline inlines, QuoteContext context)
    {
        try
        {
            _level = inlines;
            Load();
            _firstQuotationEdit = _edits.Count;
            if (_hasQuotes)
            {
                ReadQuotations(context);
            }
            else
            {
                for (var j = 0; j < _eventCount; j++)
                {
                    levels.Push(((ContainerInline)_segments[_events[j].Segment], context));
                }
            }

            if (_edits.Count > 0)
            {
                Store();
            }
        }
        finally
        {
            // Nothing of this document is kept: the instance lives on with its thread.
            _segments.Clear();
            _edits.Clear();
            _eventCount = 0;
            _hasQuotes = false;
            _level = null!;
            ForgetLargeBuffers();
        }
    }

    private void Load()
    {
        var position = 0;
        for (var child = _level.FirstChild; child is not null; child = Next(child))
        {
            var segment = _segments.Count;
            _segments.Add(child);
            if (child is LiteralInline literal)
            {
                ReadMarks(literal, segment, position);
                position += literal.Content.Length;
            }
            else
            {
                if (child is ContainerInline and not (LinkInline { IsAutoLink: true } or LinkDelimiterInline))
                {
                    // A bare link's text is its address, never prose.
                    AddEvent(new Event { Position = position, Segment = segment, IsContainer = true });
                }

                position++;
            }
        }

        if (_hasQuotes)
        {
            for (var j = 0; j < _eventCount; j++)
            {
                if (!_events[j].IsContainer)
                {
                    Describe(ref _events[j]);
                }
            }
        }
    }

    /// <summary>
    /// The inline after <paramref name="inline"/> in the level. A '[' that opened no link stays in
    /// Markdig's tree as a delimiter holding the rest of the level and is written out as '[' and its
    /// content, so its content is read as part of the level, as pandoc reads it.
    /// </summary>
    private Inline? Next(Inline inline)
    {
        if (inline is LinkDelimiterInline { FirstChild: { } first })
        {
            return first;
        }

        for (var at = inline; at != _level; at = at.Parent!)
        {
            if (at.NextSibling is { } next)
            {
                return next;
            }

            if (at.Parent is not LinkDelimiterInline)
            {
                return null;
            }
        }

        return null;
    }

    // A long paragraph's buffers are not kept for the rest of the thread's life.
    private void ForgetLargeBuffers()
    {
        const int Kept = 4096;
        if (_events.Length > Kept)
        {
            _events = new Event[32];
            _singleEnds = [];
            _doubleEnds = [];
        }

        if (_segments.Capacity > Kept || _edits.Capacity > Kept || _merged.Capacity > Kept || _path.Capacity > Kept)
        {
            _segments.Capacity = 0;
            _edits.Capacity = 0;
            _merged.Capacity = 0;
            _path.Capacity = 0;
        }
    }

    /// <summary>Writes the edits back: a literal gets its new text; a line break removed from the end of a quotation goes.</summary>
    private void Store()
    {
        InTextOrder();
        for (var i = 0; i < _edits.Count;)
        {
            var segment = _edits[i].Segment;
            var end = i;
            while (end < _edits.Count && _edits[end].Segment == segment)
            {
                end++;
            }

            if (_segments[segment] is LiteralInline literal)
            {
                literal.Content = new StringSlice(Rewrite(literal.Content.AsSpan(), i, end));
            }
            else
            {
                _segments[segment].Remove();
            }

            i = end;
        }
    }

    /// <summary>
    /// The edits of dashes, dots and abbreviations come in text order, and so do the quotations' after
    /// them: one merge puts them all in text order.
    /// </summary>
    private void InTextOrder()
    {
        var second = _firstQuotationEdit;
        if (second == 0 || second == _edits.Count || Precedes(_edits[second - 1], _edits[second]))
        {
            return;
        }

        _merged.Clear();
        var a = 0;
        var b = second;
        while (a < second || b < _edits.Count)
        {
            _merged.Add(b == _edits.Count || (a < second && Precedes(_edits[a], _edits[b])) ? _edits[a++] : _edits[b++]);
        }

        _edits.Clear();
        _edits.AddRange(_merged);
        _merged.Clear();
    }

    private static bool Precedes(Edit a, Edit b) => a.Segment < b.Segment || (a.Segment == b.Segment && a.Offset < b.Offset);

    private string Rewrite(ReadOnlySpan<char> text, int firstEdit, int endEdit)
    {
        const int OnStack = 512;
        char[]? rented = null;
        var buffer = text.Length < OnStack ? stackalloc char[OnStack] : (rented = ArrayPool<char>.Shared.Rent(text.Length + 1));
        var length = 0;
        var copied = 0;
        for (var i = firstEdit; i < endEdit; i++)
        {
            var edit = _edits[i];
            text[copied..edit.Offset].CopyTo(buffer[length..]);
            length += edit.Offset - copied;
            if (!edit.IsRemoval)
            {
                buffer[length++] = edit.Char;
            }

            copied = Math.Min(text.Length, edit.Offset + 1);
        }

        text[copied..].CopyTo(buffer[length..]);
        var rewritten = new string(buffer[..(length + text.Length - copied)]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return rewritten;
    }

    private static bool EndsWithWordCharacter(LiteralInline literal)
    {
        var text = literal.Content.AsSpan();
        var first = literal.IsFirstCharacterEscaped ? 1 : 0;
        return text.Length > first && (text[^1] == '.' || IsAlphaNumEndingAt(text, text.Length - 1));
    }

    private static bool IsAlphaNumAt(ReadOnlySpan<char> text, int i) =>
        char.IsAscii(text[i])
            ? char.IsAsciiLetterOrDigit(text[i])
            : Rune.DecodeFromUtf16(text[i..], out var rune, out _) == OperationStatus.Done && IsAlphaNum(rune);

    private static bool IsAlphaNumEndingAt(ReadOnlySpan<char> text, int i) =>
        char.IsAscii(text[i])
            ? char.IsAsciiLetterOrDigit(text[i])
            : Rune.DecodeLastFromUtf16(text[..(i + 1)], out var rune, out _) == OperationStatus.Done && IsAlphaNum(rune);

    // Haskell's isAlphaNum, which pandoc's words are made of: every letter and every number, not marks.
    private static bool IsAlphaNum(Rune rune) => Rune.IsLetter(rune) || Rune.IsNumber(rune);

    /// <summary>A change to one character of a literal (at its end, an added one), or the removal of a whole line break.</summary>
    private struct Edit
    {
        public int Segment;
        public int Offset;
        public char Char;
        public bool IsRemoval;
    }
}
