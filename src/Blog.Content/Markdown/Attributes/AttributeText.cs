using System.Net;
using System.Text;

namespace Blog.Content.Markdown.Attributes;

/// <summary>The names and values inside an attribute block, by pandoc's rules for each.</summary>
internal static class AttributeText
{
    /// <summary>A letter, then letters, digits and <c>- _ : .</c>; null when there is none.</summary>
    public static string? Identifier(string text, int start, int end)
    {
        if (start >= end || !char.IsLetter(text[start]))
        {
            return null;
        }

        var at = start + 1;
        while (at < end && (char.IsLetterOrDigit(text[at]) || text[at] is '-' or '_' or ':' or '.'))
        {
            at++;
        }

        return text[start..at];
    }

    /// <summary>
    /// A value after <c>key=</c>: quoted (<c>"a b"</c> or <c>'a b'</c>, where entities are decoded and a
    /// line break is a space), or bare up to a space or <c>}</c>. A backslash escapes any character
    /// but a letter or digit in both.
    /// </summary>
    public static bool TryValue(string text, ref int at, int end, out string value)
    {
        value = string.Empty;
        if (at < end && text[at] is '"' or '\'')
        {
            return TryQuoted(text, ref at, end, out value);
        }

        var builder = new StringBuilder();
        while (at < end && text[at] is not (' ' or '\t' or '\n' or '\r' or '}'))
        {
            at += Escaped(text, at, end, out var c) ? 2 : 1;
            builder.Append(c);
        }

        value = builder.ToString();
        return true;
    }

    private static bool TryQuoted(string text, ref int at, int end, out string value)
    {
        value = string.Empty;
        var quote = text[at];
        if (at + 1 < end && text[at + 1] == quote)
        {
            at += 2;
            return true;
        }

        // pandoc's enclosed text may not begin with a space.
        var start = at + 1;
        if (start >= end || text[start] is ' ' or '\t' or '\n')
        {
            return false;
        }

        var builder = new StringBuilder();
        var i = start;
        while (i < end && text[i] != quote)
        {
            if (Escaped(text, i, end, out var escaped))
            {
                builder.Append(escaped);
                i += 2;
            }
            else if (text[i] == '&' && Entity(text, i, end) is { } entity)
            {
                builder.Append(entity.Decoded);
                i += entity.Length;
            }
            else
            {
                builder.Append(text[i] is '\n' or '\r' ? ' ' : text[i]);
                i++;
            }
        }

        if (i >= end)
        {
            return false;
        }

        value = builder.ToString();
        at = i + 1;
        return true;
    }

    /// <summary>The character at <paramref name="at"/>, or the one a backslash there escapes.</summary>
    private static bool Escaped(string text, int at, int end, out char c)
    {
        c = text[at];
        if (c == '\\' && at + 1 < end && !char.IsLetterOrDigit(text[at + 1]) && text[at + 1] is not ('\n' or '\r'))
        {
            c = text[at + 1];
            return true;
        }

        return false;
    }

    private static (string Decoded, int Length)? Entity(string text, int at, int end)
    {
        var semicolon = text.IndexOf(';', at, Math.Min(end - at, 40));
        if (semicolon < 0)
        {
            return null;
        }

        var raw = text[at..(semicolon + 1)];
        var decoded = WebUtility.HtmlDecode(raw);
        return decoded == raw ? null : (decoded, raw.Length);
    }
}
