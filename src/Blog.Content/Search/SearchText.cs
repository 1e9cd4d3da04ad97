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
        var folded = Fold(text);
        return WordRanges(folded).Select(range => folded[range]).ToList();
    }

    /// <summary>The text as words are compared: diacritics folded away, lower case.</summary>
    internal static string Fold(string text) => Slugifier.FoldToAscii(text).ToLowerInvariant();

    /// <summary>Where the words of already folded text are: runs of letters and digits.</summary>
    internal static List<Range> WordRanges(string folded)
    {
        var ranges = new List<Range>();
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
                ranges.Add(start..index);
                start = -1;
            }

            index += rune.Utf16SequenceLength;
        }

        if (start >= 0)
        {
            ranges.Add(start..folded.Length);
        }

        return ranges;
    }
}
