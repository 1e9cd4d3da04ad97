using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Notes;

/// <summary>
/// pandoc's inline notes, <c>text^[the note]</c>: opens on <c>^[</c> and closes on the <c>]</c> that
/// pairs with it, before links and spans would read that bracket.
/// </summary>
internal sealed class InlineNoteParser : InlineParser
{
    public static readonly object HasNotesKey = typeof(InlineNote);

    private const int MaxSuperscriptLength = 1024;

    public InlineNoteParser()
    {
        OpeningCharacters = ['^', ']'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        return slice.CurrentChar == '^' ? Open(processor, ref slice) : Close(processor, ref slice);
    }

    private bool Open(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[' || ClosesAsSuperscript(slice.Text, slice.Start + 1, slice.End + 1))
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new InlineNoteOpening(this)
        {
            Span = new Markdig.Syntax.SourceSpan(start, start + 1),
            Line = line,
            Column = column,
            IsActive = true,
        };
        slice.Start += 2;
        return true;
    }

    /// <summary>
    /// pandoc reads a superscript first: <c>^[a]^</c> and <c>^[a link](/l)^</c> are superscripts, as the
    /// <c>^</c> right after the bracket (or after the link it makes) closes them.
    /// </summary>
    private static bool ClosesAsSuperscript(string text, int bracket, int end)
    {
        // A superscript holds no unescaped space outside its link, so it is short: looking further
        // would make a paragraph of thousands of "^[" quadratic.
        end = Math.Min(end, bracket + MaxSuperscriptLength);
        var close = Brackets.MatchingClose(text, bracket, end, '[', ']');
        if (close < 0)
        {
            return false;
        }

        var after = close + 1;
        if (after < end && text[after] == '(')
        {
            var parenthesis = Brackets.MatchingClose(text, after, end, '(', ')');
            after = parenthesis < 0 ? after : parenthesis + 1;
        }

        return after < end && text[after] == '^';
    }

    private static bool Close(InlineProcessor processor, ref StringSlice slice)
    {
        // The nearest open bracket decides: a '[' of a link or span inside the note closes first.
        if (processor.Inline?.FirstParentOfType<LinkDelimiterInline>() is not InlineNoteOpening opening)
        {
            return false;
        }

        var note = new InlineNote
        {
            Span = new Markdig.Syntax.SourceSpan(opening.Span.Start, processor.GetSourcePosition(slice.Start)),
            Line = opening.Line,
            Column = opening.Column,
        };
        opening.ReplaceBy(note);
        processor.PostProcessInlines(0, note, null, false);
        note.IsClosed = true;
        processor.Inline = note;
        processor.Document.SetData(HasNotesKey, true);
        slice.Start++;
        return true;
    }
}
