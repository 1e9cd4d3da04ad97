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
        var word = new StringBuilder();
        foreach (var rune in folded.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
