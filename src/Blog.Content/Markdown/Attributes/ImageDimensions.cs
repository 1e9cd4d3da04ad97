using System.Globalization;
using System.Text.RegularExpressions;

namespace Blog.Content.Markdown.Attributes;

/// <summary>
/// A picture's <c>width</c> and <c>height</c> as pandoc's HTML5 writer gives them: in pixels
/// (<c>300</c>, <c>300px</c>) an attribute, <c>width="300"</c>; in any other unit pandoc knows a
/// style, <c>style="width:50.0%"</c>, written in pandoc's own number format; otherwise left out.
/// </summary>
internal static partial class ImageDimensions
{
    /// <summary>The HTML for one dimension: an attribute value, or a style declaration, or nothing.</summary>
    public static (string? Attribute, string? Style) Of(string direction, string value)
    {
        var match = Length().Match(value);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return (null, null);
        }

        return match.Groups["unit"].Value switch
        {
            "" or "px" => (Math.Floor(number).ToString("0", CultureInfo.InvariantCulture), null),
            "cm" => (null, $"{direction}:{Fixed(number)}cm"),
            "mm" => (null, $"{direction}:{Fixed(number)}mm"),
            "in" or "inch" => (null, $"{direction}:{Fixed(number)}in"),
            "pt" => (null, $"{direction}:{Fixed(number / 72)}in"),
            "pc" => (null, $"{direction}:{Fixed(number / 6)}in"),
            "em" => (null, $"{direction}:{Fixed(number)}em"),
            "%" => (null, $"{direction}:{HaskellDouble(number)}%"),
            _ => (null, null),
        };
    }

    /// <summary>pandoc's <c>showFl</c>: five decimals, trailing zeros and point dropped (<c>2in</c>, <c>0.16667in</c>).</summary>
    private static string Fixed(double number)
    {
        var text = number.ToString("F5", CultureInfo.InvariantCulture).TrimEnd('0');
        return text.EndsWith('.') ? text[..^1] : text;
    }

    /// <summary>Haskell's <c>show</c> of a Double, which pandoc writes percentages with: <c>50.0</c>, <c>5.0e-2</c>.</summary>
    private static string HaskellDouble(double number)
    {
        var shortest = number.ToString("R", CultureInfo.InvariantCulture);
        if (number is >= 0.1 and < 10_000_000)
        {
            return shortest.Contains('.', StringComparison.Ordinal) ? shortest : shortest + ".0";
        }

        if (number == 0)
        {
            return "0.0";
        }

        var (digits, exponent) = Scientific(shortest);
        return $"{digits[0]}.{(digits.Length > 1 ? digits[1..] : "0")}e{exponent.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The significant digits of a number's shortest text, and the power of ten of the first.</summary>
    private static (string Digits, int Exponent) Scientific(string shortest)
    {
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? shortest : shortest[..e];
        var power = e < 0 ? 0 : int.Parse(shortest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? mantissa : mantissa[..point];
        var all = whole + (point < 0 ? string.Empty : mantissa[(point + 1)..]);
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        return (all.Trim('0'), whole.Length + power - leadingZeros - 1);
    }

    [GeneratedRegex(@"^(?<number>[0-9]+(\.[0-9]+)?)(?<unit>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Length();
}
