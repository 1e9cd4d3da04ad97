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
        var words = new List<string>();
        for (var at = 0; NextWord(folded, ref at, out var word);)
        {
            words.Add(folded[word]);
        }

        return words;
    }

    /// <summary>The text as words are compared: diacritics folded away, lower case.</summary>
    internal static string Fold(string text) => Slugifier.FoldToAscii(text).ToLowerInvariant();

    /// <summary>
    /// The next word of already folded text, a run of letters and digits, from <paramref name="at"/> on;
    /// <paramref name="at"/> moves past it. Every text's words are found at load time, so this reads the
    /// text once, without a list of places: ASCII (all of folded English, most of folded Vietnamese) is
    /// told apart without looking up its Unicode category.
    /// </summary>
    internal static bool NextWord(string folded, ref int at, out Range word)
    {
        var start = -1;
        var index = at;
        while (index < folded.Length)
        {
            var c = folded[index];
            int length;
            bool isWordChar;
            if (char.IsAscii(c))
            {
                (isWordChar, length) = (char.IsAsciiLetterOrDigit(c), 1);
            }
            else
            {
                // As EnumerateRunes: a lone surrogate reads as U+FFFD, one char long, which is not a letter.
                Rune.DecodeFromUtf16(folded.AsSpan(index), out var rune, out length);
                isWordChar = Rune.IsLetterOrDigit(rune);
            }

            if (isWordChar)
            {
                start = start < 0 ? index : start;
            }
            else if (start >= 0)
            {
                word = start..index;
                at = index + length;
                return true;
            }

            index += length;
        }

        at = folded.Length;
        word = start >= 0 ? start..folded.Length : default;
        return start >= 0;
    }
}
