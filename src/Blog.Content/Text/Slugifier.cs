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
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                case 'Đ':
                    builder.Append(c == 'đ' ? 'd' : 'D');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
