using System.Buffers;
using System.Globalization;
using System.Text;

namespace Blog.Content.Text;

/// <summary>
/// Turns file names, front matter slugs and tags into URL segments that survive copy and paste:
/// lower-case ASCII letters, digits and single hyphens. Vietnamese is folded the way readers type it
/// without a keyboard layout (diacritics dropped, đ to d).
/// </summary>
public static class Slugifier
{
    public static string Slugify(string text)
    {
        var folded = FoldToAscii(text);
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Removes combining marks after canonical decomposition; đ and Đ have no decomposition, so they are mapped by hand.</summary>
    public static string FoldToAscii(string text)
    {
        // Every post's text is folded for search at load time. ASCII (English) has nothing to decompose,
        // drop or compose again: it is its own folding.
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var buffer = ArrayPool<char>.Shared.Rent(decomposed.Length);
        var length = 0;
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                case 'Đ':
                    buffer[length++] = c == 'đ' ? 'd' : 'D';
                    break;
                default:
                    // No ASCII character is a combining mark.
                    if (char.IsAscii(c) || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        buffer[length++] = c;
                    }

                    break;
            }
        }

        var folded = buffer.AsSpan(0, length);

        // Folded Vietnamese is mostly ASCII again, and ASCII is already composed.
        var result = Ascii.IsValid(folded) ? new string(folded) : new string(folded).Normalize(NormalizationForm.FormC);
        ArrayPool<char>.Shared.Return(buffer);
        return result;
    }
}
