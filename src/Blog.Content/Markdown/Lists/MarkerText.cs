using System.Globalization;
using Markdig.Parsers;

namespace Blog.Content.Markdown.Lists;

/// <summary>
/// Reads the number inside a list marker as pandoc does: digits; a lone letter, which is a letter
/// unless it is i (or continues a roman list); several roman letters of one case, a roman number.
/// </summary>
internal static class MarkerText
{
    /// <summary>pandoc's start numbers stop at nine digits, as CommonMark's do.</summary>
    private const int MaxDigits = 9;

    public static bool TryRead(ReadOnlySpan<char> marker, char pendingBulletType, out ListInfo info)
    {
        info = default;
        if (marker.IsEmpty)
        {
            return false;
        }

        if (marker.Length <= MaxDigits && !marker.ContainsAnyExceptInRange('0', '9'))
        {
            info = Numbered(int.Parse(marker, CultureInfo.InvariantCulture), '1');
            return true;
        }

        var letter = marker[0];
        var upper = char.IsAsciiLetterUpper(letter);
        if (marker.Length == 1 && char.IsAsciiLetter(letter))
        {
            var roman = letter is 'i' or 'I' && pendingBulletType is not ('a' or 'A')
                || pendingBulletType is 'i' or 'I' && Roman(marker) > 0;
            info = roman
                ? Numbered(Roman(marker), upper ? 'I' : 'i')
                : Numbered(char.ToLowerInvariant(letter) - 'a' + 1, upper ? 'A' : 'a');
            return true;
        }

        var value = pendingBulletType is '\0' or 'i' or 'I' ? Roman(marker) : 0;
        if (value > 0)
        {
            info = Numbered(value, upper ? 'I' : 'i');
            return true;
        }

        return false;
    }

    private static ListInfo Numbered(int start, char type) => new()
    {
        BulletType = type,
        OrderedStart = start.ToString(CultureInfo.InvariantCulture),
        DefaultOrderedStart = "1",
    };

    /// <summary>The value of a roman number written in one case, or 0 if it is not one.</summary>
    private static int Roman(ReadOnlySpan<char> text)
    {
        var upper = char.IsAsciiLetterUpper(text[0]);
        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiLetterUpper(text[i]) != upper || Digit(text[i]) is not (> 0 and var value))
            {
                return 0;
            }

            total += i + 1 < text.Length && Digit(text[i + 1]) > value ? -value : value;
            if (total > 1_000_000)
            {
                return 0;
            }
        }

        return Math.Max(total, 0);
    }

    private static int Digit(char c) => char.ToLowerInvariant(c) switch
    {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        'd' => 500,
        'm' => 1000,
        _ => 0,
    };
}
