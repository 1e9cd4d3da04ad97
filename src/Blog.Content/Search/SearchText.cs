using System.Text;
using Blog.Content.Text;

namespace Blog.Content.Search;

/// <summary>
/// Text as search compares it: lower case, Vietnamese diacritics folded and đ as d, split into words,
/// so "he thong" finds "hệ thống" and "Đà Nẵng" is found by "da nang".
/// </summary>
public static class SearchText
{
    public static IReadOnlyList<string> Words(string text)
    {
        var folded = Slugifier.FoldToAscii(text).ToLowerInvariant();
        var words = new List<string>();
        var start = -1;
        var index = 0;
        foreach (var rune in folded.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                start = start < 0 ? index : start;
            }
            else if (start >= 0)
            {
                words.Add(folded[start..index]);
                start = -1;
            }

            index += rune.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            words.Add(folded[start..]);
        }

        return words;
    }
}
