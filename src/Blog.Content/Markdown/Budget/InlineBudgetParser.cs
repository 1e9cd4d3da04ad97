using System.Globalization;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Budget;

/// <summary>
/// Counts the places where an inline element could start, in the whole document and, for the
/// constructs whose cost is quadratic, in each paragraph or table. Never matches anything.
/// </summary>
internal sealed class InlineBudgetParser : InlineParser
{
    private static readonly string TooManyMarks = string.Create(CultureInfo.InvariantCulture,
        $"the post has more than {MarkupBudgetExtension.MaxInlineMarks:N0} links, emphasis marks, code spans, table cells and other inline elements; split it into several posts");

    private static readonly string TooManyQuadraticMarks = string.Create(CultureInfo.InvariantCulture,
        $"this paragraph or table has more than {MarkupBudgetExtension.MaxQuadraticMarksPerBlock:N0} emphasis marks and bare links, which take time growing with the square of their number; split it");

    public InlineBudgetParser()
    {
        // What Markdig's inline parsers (and this pipeline's extensions, '$' for math) start on; 'h', 'f', 'm' and 'w'
        // begin bare links (http://, ftp://, mailto:, www.).
        OpeningCharacters = ['*', '_', '`', '[', ']', '!', '<', '&', '\\', '|', '{', '~', '^', '$', 'h', 'f', 'm', 'w'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var c = slice.CurrentChar;
        var isBareLink = c switch
        {
            'h' => slice.MatchLowercase("ttp://", 1) || slice.MatchLowercase("ttps://", 1),
            'f' => slice.MatchLowercase("tp://", 1),
            'm' => slice.MatchLowercase("ailto:", 1),
            'w' => slice.MatchLowercase("ww.", 1),
            _ => false,
        };
        if (c is 'h' or 'f' or 'm' or 'w' && !isBareLink)
        {
            // A word, not markup.
            return false;
        }

        var state = processor.GetParserState(this, static () => new State());
        if (++state.Marks > MarkupBudgetExtension.MaxInlineMarks)
        {
            Refuse(processor, slice, TooManyMarks);
        }

        if (!ReferenceEquals(state.Block, processor.Block))
        {
            state.Block = processor.Block;
            state.QuadraticMarks = 0;
        }

        // The first '*' or '_' of a run is one delimiter; the rest of the run is not offered again. An
        // '_' inside a word (snake_case) can neither open nor close emphasis, so it is no delimiter.
        var isDelimiter = c == '*' || (c == '_' && !(char.IsLetterOrDigit(slice.PeekCharExtra(-1)) && char.IsLetterOrDigit(slice.PeekChar())));
        if ((isBareLink || isDelimiter) && ++state.QuadraticMarks > MarkupBudgetExtension.MaxQuadraticMarksPerBlock)
        {
            Refuse(processor, slice, TooManyQuadraticMarks);
        }

        return false;
    }

    private static void Refuse(InlineProcessor processor, StringSlice slice, string message)
    {
        processor.GetSourcePosition(slice.Start, out var line, out var column);
        throw new MarkupLimitException(message, line, column);
    }

    private sealed class State
    {
        public int Marks;
        public LeafBlock? Block;
        public int QuadraticMarks;
    }
}
