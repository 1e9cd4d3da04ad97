namespace Blog.Content.Markdown.Mathematics;

/// <summary>Cuts a formula into tokens, leaving out spaces and <c>%</c> comments as TeX does in math.</summary>
internal static class TexTokenizer
{
    /// <summary>The formula's tokens, which the caller disposes.</summary>
    public static TexTokens Tokenize(string tex)
    {
        // At most one token a character; the pool's arrays come in powers of two anyway.
        var tokens = new TexTokens(tex.Length);
        var at = 0;
        while (at < tex.Length)
        {
            var c = tex[at];
            if (char.IsWhiteSpace(c))
            {
                at++;
                continue;
            }

            if (c == '%')
            {
                var end = tex.IndexOf('\n', at);
                at = end < 0 ? tex.Length : end + 1;
                continue;
            }

            var start = at;
            switch (c)
            {
                case '\\':
                    at++;
                    if (at == tex.Length)
                    {
                        tokens.Dispose();
                        throw new TexException("the formula ends with a lone backslash");
                    }

                    if (char.IsAsciiLetter(tex[at]))
                    {
                        while (at < tex.Length && char.IsAsciiLetter(tex[at]))
                        {
                            at++;
                        }

                        tokens.Add(new(TexTokenKind.Command, TexNames.Command(tex.AsSpan(start + 1, at - start - 1)), start, at));
                    }
                    else
                    {
                        // A control symbol such as \, or \{: the one character after the backslash;
                        // a line break counts as a space, as in TeX.
                        var name = TexNames.Character(tex[at] == '\n' ? ' ' : tex[at]);
                        at++;
                        tokens.Add(new(TexTokenKind.Command, name, start, at));
                    }

                    break;
                case '{':
                    tokens.Add(new(TexTokenKind.OpenBrace, "{", start, ++at));
                    break;
                case '}':
                    tokens.Add(new(TexTokenKind.CloseBrace, "}", start, ++at));
                    break;
                case '_':
                    tokens.Add(new(TexTokenKind.Subscript, "_", start, ++at));
                    break;
                case '^':
                    tokens.Add(new(TexTokenKind.Superscript, "^", start, ++at));
                    break;
                case '&':
                    tokens.Add(new(TexTokenKind.Ampersand, "&", start, ++at));
                    break;
                default:
                    at += char.IsHighSurrogate(c) && at + 1 < tex.Length && char.IsLowSurrogate(tex[at + 1]) ? 2 : 1;
                    tokens.Add(new(TexTokenKind.Char, TexNames.Character(tex.AsSpan(start, at - start)), start, at));
                    break;
            }
        }

        return tokens;
    }
}
