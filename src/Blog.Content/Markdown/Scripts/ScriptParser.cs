using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Scripts;

/// <summary>
/// pandoc's strikeout, subscript and superscript, by pandoc's rules rather than as emphasis:
/// <c>~~</c> opens a strikeout before any character but a space or another <c>~</c> and closes it
/// unless a space comes before; <c>~</c> and <c>^</c> open a subscript or superscript before any
/// character but a space or the same mark, and close it if it holds no unescaped space or line break
/// (<c>H~2~O</c>, <c>2^10^</c>, <c>P~a\ cat~</c>; <c>^a b^</c> is text). A mark closes the nearest
/// open one it can, across emphasis but not out of a link's or a table cell's brackets; marks never
/// closed are text. Runs of marks read as in pandoc: <c>~~~a~~~</c> is <c>~&lt;del&gt;a&lt;/del&gt;~</c>.
/// </summary>
internal sealed class ScriptParser : InlineParser, IPostInlineProcessor
{
    /// <summary>Open marks in one chain, beyond which another is text: prose never has more than a few.</summary>
    private const int MaxOpen = 16;

    /// <summary>Inlines a mark may close over: a struck-out passage has tens, not thousands.</summary>
    private const int MaxContent = 1_000;

    public ScriptParser()
    {
        OpeningCharacters = ['~', '^'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var mark = slice.CurrentChar;
        var run = 1;
        while (run < 3 && slice.PeekCharExtra(run) == mark)
        {
            run++;
        }

        var ahead = processor.GetParserState(this, static () => new Ahead());
        ahead.ScanOnce(slice);

        var (opener, openCount) = FindOpener(processor, mark, run, linkMayClose: ahead.LastBracket > slice.Start);
        if (opener is not null && !CrossesCell(opener) && TryClose(processor, ref slice, opener))
        {
            return true;
        }

        var kind = mark == '^' ? ScriptKind.Superscript : run >= 2 ? ScriptKind.Strikeout : ScriptKind.Subscript;
        var width = kind == ScriptKind.Strikeout ? 2 : 1;
        var next = slice.PeekCharExtra(width);
        if (openCount >= MaxOpen || next is '\0' or ' ' or '\t' or '\n' or '\r' || next == mark
            || (kind == ScriptKind.Strikeout && ahead.LastStrikeClose < slice.Start + 3))
        {
            // Text, one mark at a time: the next may still open (~~~a~~~ is ~, then ~~a~~, then ~). A ~~
            // that nothing could close is text at once, so that ~~H~ is ~ and a subscript, as in pandoc,
            // which reads a failed strikeout again from its second ~.
            return false;
        }

        processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new ScriptOpener(this, kind) { Type = DelimiterType.Open, Line = line, Column = column };
        slice.Start += width;
        return true;
    }

    /// <summary>Undoes the marks left open inside a link, a span, a table cell or the paragraph when it ends.</summary>
    public bool PostProcess(InlineProcessor state, Inline? root, Inline? lastChild, int postInlineProcessorIndex, bool isFinalProcessing)
    {
        if (root is ContainerInline container)
        {
            RevertOpen(container, lastChild);
        }

        return true;
    }

    /// <summary>The nearest open mark this run may close, and how many marks are open around this point.</summary>
    /// <param name="linkMayClose">A <c>]</c> is still to come, so an open <c>[</c> may be a link, whose text is read on its own.</param>
    private static (ScriptOpener? Opener, int OpenCount) FindOpener(InlineProcessor processor, char mark, int run, bool linkMayClose)
    {
        ScriptOpener? found = null;
        var count = 0;
        var searching = true;
        var container = processor.Inline is ContainerInline { IsClosed: false } open ? open : processor.Inline?.Parent ?? processor.Root;
        for (var at = container; at is not null; at = at.Parent)
        {
            switch (at)
            {
                case ScriptOpener opener:
                    count++;
                    var closes = opener.Kind switch
                    {
                        ScriptKind.Superscript => mark == '^',
                        ScriptKind.Subscript => mark == '~',
                        _ => mark == '~' && run >= 2,
                    };
                    if (searching && closes)
                    {
                        found = opener;
                        searching = false;
                    }

                    break;
                case EmphasisDelimiterInline:
                case LinkDelimiterInline when !linkMayClose:
                    break;
                case DelimiterInline:
                    // A link's text or a table cell is read on its own.
                    searching = false;
                    break;
            }
        }

        return (found, count);
    }

    /// <summary>
    /// A table's column bars sit among the inlines after an open mark (they close nothing): a mark in
    /// one cell does not close one in another, nor does one after more inlines than a cell holds.
    /// </summary>
    private static bool CrossesCell(ScriptOpener opener)
    {
        var seen = 0;
        var child = opener.FirstChild;
        while (child is not null)
        {
            if (child is PipeTableDelimiterInline || ++seen > MaxContent)
            {
                return true;
            }

            child = child is DelimiterInline { FirstChild: { } first } ? first : child.NextSibling ?? NextAfter(child.Parent, opener);
        }

        return false;
    }

    private static bool TryClose(InlineProcessor processor, ref StringSlice slice, ScriptOpener opener)
    {
        var kind = opener.Kind;
        if (kind == ScriptKind.Strikeout && SpaceBefore(slice.Text, slice.Start))
        {
            Revert(opener);
            return false;
        }

        var script = new ScriptInline(kind) { Line = opener.Line, Column = opener.Column };
        opener.ReplaceBy(script);

        // A [ still open inside can no longer be a link: it is text, as its marks are.
        RevertOpen(script, null, brackets: true);
        processor.PostProcessInlines(0, script, null, false);

        if (kind == ScriptKind.Strikeout)
        {
            // pandoc trims the struck text: a line break before ~~ is not struck.
            if (script.LastChild is LineBreakInline { IsHard: false } trailing)
            {
                trailing.Remove();
            }
        }
        else if (!HoldsNoSpace(script))
        {
            script.ReplaceBy(new LiteralInline(kind.Mark()));
            return false;
        }

        script.IsClosed = true;
        slice.Start += kind == ScriptKind.Strikeout ? 2 : 1;

        // pandoc joins two neighbours of a kind: ^a^^b^ is one superscript, ab.
        if (script.PreviousSibling is ScriptInline previous && previous.Kind == kind)
        {
            script.Remove();
            script.TransferChildrenTo(previous);
            processor.Inline = previous;
        }
        else
        {
            processor.Inline = script;
        }

        return true;
    }

    /// <summary>A subscript or superscript holds something, and no space or line break but inside what it holds.</summary>
    private static bool HoldsNoSpace(ScriptInline script)
    {
        var any = false;
        foreach (var child in script)
        {
            switch (child)
            {
                case LiteralInline literal when literal.Content.AsSpan().ContainsAny(' ', '\t'):
                case LineBreakInline:
                    return false;
                case LiteralInline { Content.IsEmpty: true }:
                    break;
                default:
                    any = true;
                    break;
            }
        }

        return any;
    }

    /// <summary>A space or tab before a closing mark; an escaped space (<c>\ </c>) is text, not a space.</summary>
    private static bool SpaceBefore(string text, int at) =>
        at > 0 && text[at - 1] is ' ' or '\t' && !(text[at - 1] == ' ' && at > 1 && text[at - 2] == '\\');

    private static void Revert(ScriptOpener opener) => opener.ReplaceBy(new LiteralInline(opener.ToLiteral()));

    /// <summary>
    /// Open marks sit in the chain of open containers each new inline goes into, never inside a closed
    /// one (whose own marks were undone when it closed): the walk follows only that chain.
    /// </summary>
    private static void RevertOpen(ContainerInline root, Inline? lastChild, bool brackets = false)
    {
        List<DelimiterInline>? open = null;
        var child = root.FirstChild;
        while (child is not null && child != lastChild)
        {
            if (child is DelimiterInline delimiter)
            {
                if (delimiter is ScriptOpener || (brackets && delimiter is LinkDelimiterInline))
                {
                    (open ??= []).Add(delimiter);
                }

                child = delimiter.FirstChild ?? NextAfter(delimiter, root);
            }
            else
            {
                child = child.NextSibling ?? NextAfter(child.Parent, root);
            }
        }

        foreach (var delimiter in open ?? [])
        {
            delimiter.ReplaceBy(new LiteralInline(delimiter.ToLiteral()));
        }
    }

    /// <summary>The next sibling of the nearest container, up to the root, that has one.</summary>
    private static Inline? NextAfter(ContainerInline? container, ContainerInline root)
    {
        for (var at = container; at is not null && at != root; at = at.Parent)
        {
            if (at.NextSibling is { } next)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>What lies ahead in the paragraph, read once at its first mark.</summary>
    private sealed class Ahead
    {
        private bool _scanned;

        /// <summary>Where the last <c>~~</c> that could close a strikeout begins; -1 if none.</summary>
        public int LastStrikeClose { get; private set; } = -1;

        /// <summary>Where the last <c>]</c> is; -1 if none.</summary>
        public int LastBracket { get; private set; } = -1;

        public void ScanOnce(StringSlice slice)
        {
            if (_scanned)
            {
                return;
            }

            _scanned = true;
            var text = slice.Text;
            for (var i = slice.Start; i <= slice.End; i++)
            {
                if (text[i] == ']')
                {
                    LastBracket = i;
                }
                else if (text[i] == '~' && i + 1 <= slice.End && text[i + 1] == '~' && !SpaceBefore(text, i))
                {
                    LastStrikeClose = i;
                }
            }
        }
    }
}
