using Markdig.Extensions.ListExtras;
using Markdig.Parsers;

namespace Blog.Content.Markdown.Lists;

/// <summary>
/// Letter and roman markers as pandoc reads them. A capital letter and a period start a list only with
/// two spaces (or a tab) after them, as an initial in a sentence does not (<c>B. Russell</c> is a
/// paragraph, <c>B.  Russell</c> a list). A lone letter other than i is a letter, not a roman number
/// (<c>v.</c> is the 22nd item), unless it continues a roman list.
/// </summary>
internal sealed class PandocLetterItemParser : ListExtraItemParser
{
    public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
    {
        result = default;
        var start = state.Start;
        if (ParagraphInterruption.Forbids(state, pendingBulletType) || !base.TryParse(state, pendingBulletType, out result))
        {
            return false;
        }

        var text = state.Line.Text;
        var letter = text[start];
        var single = state.Start - start == 2;
        if (single && result.OrderedDelimiter == '.' && char.IsAsciiLetterUpper(letter) && !SpacedForList(text, state.Start, state.Line.End))
        {
            return false;
        }

        if (single && result.BulletType is 'i' or 'I' && letter is not ('i' or 'I') && pendingBulletType is not ('i' or 'I'))
        {
            var upper = char.IsAsciiLetterUpper(letter);
            result.BulletType = upper ? 'A' : 'a';
            result.DefaultOrderedStart = upper ? "A" : "a";
            result.OrderedStart = (char.ToLowerInvariant(letter) - 'a' + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return true;
    }

    /// <summary>Two spaces, a tab or nothing more on the line after the marker.</summary>
    private static bool SpacedForList(string text, int at, int end) =>
        at > end
        || text[at] is '\t' or '\r' or '\n'
        || (text[at] == ' ' && (at + 1 > end || text[at + 1] is ' ' or '\t' or '\r' or '\n'));
}
