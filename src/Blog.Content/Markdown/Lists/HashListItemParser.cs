using Markdig.Parsers;

namespace Blog.Content.Markdown.Lists;

/// <summary>
/// pandoc's <c>#.</c> (or <c>#)</c>) item: numbered like <c>1.</c>, so <c>1.</c> and <c>#.</c> items
/// make one list, but a list it starts has pandoc's default numbering, with no <c>type</c> attribute.
/// </summary>
internal sealed class HashListItemParser : OrderedListItemParser
{
    public HashListItemParser() => OpeningCharacters = ['#'];

    public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
    {
        result = default;
        if (ParagraphInterruption.Forbids(state, pendingBulletType))
        {
            return false;
        }

        var start = state.Start;
        if (state.CurrentChar != '#')
        {
            return false;
        }

        state.NextChar();
        if (!TryParseDelimiter(state, out var delimiter))
        {
            return false;
        }

        HashMarkers.Add(state.Document, start);
        result = new ListInfo
        {
            BulletType = '1',
            OrderedDelimiter = delimiter,
            OrderedStart = "1",
            DefaultOrderedStart = "1",
        };
        return true;
    }
}
