using System.Text;

namespace Blog.Content.Text;

/// <summary>
/// Heading identifiers by pandoc's <c>auto_identifiers</c> rules, so links into a site that pandoc
/// built keep working here: lower case, only letters, digits, <c>_ - .</c> kept, words joined by
/// hyphens (letters and numbers as Haskell's <c>isAlphaNum</c> sees them, so <c>²</c> and <c>½</c> stay),
/// everything before the first letter dropped, <c>section</c> when nothing is left.
/// Unicode letters stay (<c>Tiếng Việt</c> gives <c>tiếng-việt</c>).
/// </summary>
public static class PandocIdentifier
{
    public const string Fallback = "section";

    public static string From(string headingText)
    {
        var lower = headingText.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        var inWord = false;
        var pendingHyphen = false;
        foreach (var rune in lower.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingHyphen = inWord;
                continue;
            }

            if (!Rune.IsLetter(rune) && !Rune.IsNumber(rune) && rune.Value is not ('_' or '-' or '.'))
            {
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(rune.ToString());
            inWord = true;
        }

        var id = builder.ToString();
        var firstLetter = 0;
        while (firstLetter < id.Length && !Rune.IsLetter(Rune.GetRuneAt(id, firstLetter)))
        {
            firstLetter += Rune.GetRuneAt(id, firstLetter).Utf16SequenceLength;
        }

        id = id[firstLetter..];
        return id.Length == 0 ? Fallback : id;
    }
}
