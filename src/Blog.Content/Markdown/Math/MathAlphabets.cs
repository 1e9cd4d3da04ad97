using System.Collections.Frozen;
using System.Text;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// Latin and Greek letters in the mathematical alphabets of Unicode, as texmath writes
/// <c>\mathbb{R}</c> (ℝ) or <c>\mathbf{x}</c> (𝐱). The alphabets sit in order from U+1D400; the
/// letters that Unicode had encoded before (ℝ, ℒ, ℎ…) are holes filled from the Letterlike Symbols.
/// </summary>
internal static class MathAlphabets
{
    private static readonly Dictionary<(MathVariant, char), string> Holes = new()
    {
        [(MathVariant.Italic, 'h')] = "ℎ",
        [(MathVariant.Script, 'B')] = "ℬ",
        [(MathVariant.Script, 'E')] = "ℰ",
        [(MathVariant.Script, 'F')] = "ℱ",
        [(MathVariant.Script, 'H')] = "ℋ",
        [(MathVariant.Script, 'I')] = "ℐ",
        [(MathVariant.Script, 'L')] = "ℒ",
        [(MathVariant.Script, 'M')] = "ℳ",
        [(MathVariant.Script, 'R')] = "ℛ",
        [(MathVariant.Script, 'e')] = "ℯ",
        [(MathVariant.Script, 'g')] = "ℊ",
        [(MathVariant.Script, 'o')] = "ℴ",
        [(MathVariant.Fraktur, 'C')] = "ℭ",
        [(MathVariant.Fraktur, 'H')] = "ℌ",
        [(MathVariant.Fraktur, 'I')] = "ℑ",
        [(MathVariant.Fraktur, 'R')] = "ℜ",
        [(MathVariant.Fraktur, 'Z')] = "ℨ",
        [(MathVariant.DoubleStruck, 'C')] = "ℂ",
        [(MathVariant.DoubleStruck, 'H')] = "ℍ",
        [(MathVariant.DoubleStruck, 'N')] = "ℕ",
        [(MathVariant.DoubleStruck, 'P')] = "ℙ",
        [(MathVariant.DoubleStruck, 'Q')] = "ℚ",
        [(MathVariant.DoubleStruck, 'R')] = "ℝ",
        [(MathVariant.DoubleStruck, 'Z')] = "ℤ",
    };

    /// <summary>Where each alphabet's capital A is; its small a follows 26 places later.</summary>
    private static int? CapitalA(MathVariant variant) => variant switch
    {
        MathVariant.Bold => 0x1D400,
        MathVariant.Italic => 0x1D434,
        MathVariant.BoldItalic => 0x1D468,
        MathVariant.Script => 0x1D49C,
        MathVariant.Fraktur => 0x1D504,
        MathVariant.DoubleStruck => 0x1D538,
        MathVariant.SansSerif => 0x1D5A0,
        MathVariant.Monospace => 0x1D670,
        _ => null,
    };

    private static int? GreekCapitalAlpha(MathVariant variant) => variant switch
    {
        MathVariant.Bold => 0x1D6A8,
        MathVariant.Italic => 0x1D6E2,
        MathVariant.BoldItalic => 0x1D71C,
        _ => null,
    };

    /// <summary>
    /// Every letter a style changes, worked out once (after <see cref="Holes"/>, which it reads: static fields
    /// are set in the order they are written), keyed by <see cref="Key"/>.
    /// </summary>
    private static readonly FrozenDictionary<int, string> Styled = BuildStyled();

    public static string Letter(MathVariant variant, char letter) =>
        Styled.TryGetValue(Key(variant, letter), out var styled) ? styled : TexNames.Character(letter);

    private static int Key(MathVariant variant, char letter) => ((int)variant << 16) | letter;

    private static FrozenDictionary<int, string> BuildStyled()
    {
        var styled = new Dictionary<int, string>();
        foreach (var variant in Enum.GetValues<MathVariant>())
        {
            for (var letter = '\0'; letter < '\u0400'; letter++)
            {
                var written = Compute(variant, letter);
                if (written != letter.ToString())
                {
                    styled[Key(variant, letter)] = written;
                }
            }
        }

        return styled.ToFrozenDictionary();
    }

    private static string Compute(MathVariant variant, char letter)
    {
        if (Holes.TryGetValue((variant, letter), out var hole))
        {
            return hole;
        }

        if (CapitalA(variant) is { } start && char.IsAsciiLetter(letter))
        {
            var offset = char.IsAsciiLetterUpper(letter) ? letter - 'A' : 26 + letter - 'a';
            return char.ConvertFromUtf32(start + offset);
        }

        if (GreekCapitalAlpha(variant) is { } capital)
        {
            // Small letters follow the 25 capitals and ∇; the variant forms (ϵ, ϑ, ϰ, ϕ, ϱ, ϖ) follow ω and ∂.
            var small = capital + 26;
            var at = letter switch
            {
                >= 'Α' and <= 'Ω' => capital + (letter - 'Α'),
                >= 'α' and <= 'ω' => small + (letter - 'α'),
                'ϵ' => small + 26,
                'ϑ' => small + 27,
                'ϰ' => small + 28,
                'ϕ' => small + 29,
                'ϱ' => small + 30,
                'ϖ' => small + 31,
                _ => (int?)null,
            };
            if (at is { } codePoint)
            {
                return char.ConvertFromUtf32(codePoint);
            }
        }

        return letter.ToString();
    }

    public static string Text(MathVariant variant, string text)
    {
        if (CapitalA(variant) is null)
        {
            return text;
        }

        var styled = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            styled.Append(Letter(variant, c));
        }

        return styled.ToString();
    }
}
