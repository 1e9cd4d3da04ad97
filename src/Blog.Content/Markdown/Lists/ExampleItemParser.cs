using Markdig.Parsers;

namespace Blog.Content.Markdown.Lists;

/// <summary>pandoc's example items written without parentheses: <c>@.</c>, <c>@)</c>, <c>@label.</c>.</summary>
internal sealed class ExampleItemParser : OrderedListItemParser
{
    /// <summary>A label longer than this is not a marker, so a line of text is never scanned far.</summary>
    private const int MaxLabel = 64;

    public ExampleItemParser() => OpeningCharacters = ['@'];

    public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
    {
        result = default;
        if (ParagraphInterruption.Forbids(state, pendingBulletType))
        {
            return false;
        }

        var text = state.Line.Text;
        var start = state.Start;
        var limit = Math.Min(state.Line.End, start + MaxLabel + 1);
        var end = start + 1;
        while (end <= limit && ExampleMarkers.IsLabelChar(text[end]))
        {
            end++;
        }

        if (end > limit || text[end] is not ('.' or ')'))
        {
            return false;
        }

        ExampleMarkers.Add(state.Document, start, text[(start + 1)..end]);
        result = ExampleMarkers.Info(text[end] == '.' ? ExampleMarkers.AfterPeriod : ExampleMarkers.AfterParenthesis);
        while (state.Start <= end)
        {
            state.NextChar();
        }

        return true;
    }
}
