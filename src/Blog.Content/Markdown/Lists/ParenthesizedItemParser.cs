using Markdig.Parsers;

namespace Blog.Content.Markdown.Lists;

/// <summary>
/// pandoc's markers in two parentheses: <c>(1)</c>, <c>(a)</c>, <c>(iv)</c>, <c>(#)</c>, and the
/// example items <c>(@)</c> and <c>(@label)</c>. Each kind makes lists of its own: a <c>(1)</c> item
/// does not continue a <c>1)</c> list.
/// </summary>
internal sealed class ParenthesizedItemParser : OrderedListItemParser
{
    /// <summary>A label or number longer than this is not a marker, so a line of text is never scanned far.</summary>
    private const int MaxMarker = 64;

    public const char Delimiter = '(';

    public ParenthesizedItemParser() => OpeningCharacters = ['('];

    public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
    {
        result = default;
        if (ParagraphInterruption.Forbids(state, pendingBulletType))
        {
            return false;
        }

        var text = state.Line.Text;
        var start = state.Start;
        var limit = Math.Min(state.Line.End, start + MaxMarker + 1);
        var close = start + 1;
        while (close <= limit && text[close] != ')')
        {
            close++;
        }

        if (close > limit)
        {
            return false;
        }

        var marker = text.AsSpan(start + 1, close - start - 1);
        if (marker.Length > 0 && marker[0] == '@')
        {
            if (!ExampleMarkers.IsLabel(marker[1..]))
            {
                return false;
            }

            ExampleMarkers.Add(state.Document, start, marker[1..].ToString());
            result = ExampleMarkers.Info(ExampleMarkers.InParentheses);
        }
        else if (marker is "#")
        {
            HashMarkers.Add(state.Document, start);
            result = new ListInfo { BulletType = '1', OrderedStart = "1", DefaultOrderedStart = "1" };
        }
        else if (!MarkerText.TryRead(marker, pendingBulletType, out result))
        {
            return false;
        }

        result.OrderedDelimiter = result.OrderedDelimiter == ExampleMarkers.InParentheses ? ExampleMarkers.InParentheses : Delimiter;
        while (state.Start <= close)
        {
            state.NextChar();
        }

        return true;
    }
}
