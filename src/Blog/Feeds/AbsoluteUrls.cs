using System.Net;
using System.Text;

namespace Blog.Feeds;

/// <summary>
/// A feed reader shows a post away from the site, so every link and picture in its HTML must carry
/// the site's address. The HTML is Markdig's output and the author's raw HTML, rewritten once per
/// catalog and cached, never per request.
/// </summary>
/// <remarks>
/// The HTML is walked as the HTML tokenizer reads it, so only the <c>href</c> and <c>src</c> attributes
/// of real tags change: text that merely looks like one (<c>&lt;a href='/x'&gt;</c> in a code sample,
/// a comment, a script) is left as written. A pattern over the markup cannot tell those apart.
/// </remarks>
internal static class AbsoluteUrls
{
    // Elements whose content the tokenizer reads as text up to their end tag, never as tags.
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

    public static string In(string html, Uri page)
    {
        var output = new StringBuilder(html.Length + 256);
        var copied = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (Starts(html, i, "<!--"))
            {
                i = After(html, i + 4, "-->");
            }
            else if (i + 1 < html.Length && html[i + 1] is '!' or '?' or '/')
            {
                // Doctype, CDATA, processing instruction, end tag: nothing to rewrite before the next '>'.
                i = After(html, i + 2, ">");
            }
            else if (i + 1 < html.Length && char.IsAsciiLetter(html[i + 1]))
            {
                i = StartTag(html, i + 1, page, output, ref copied);
            }
            else
            {
                // A '<' that opens no tag is text.
                i++;
            }
        }

        return copied == 0 ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>Reads a start tag from its name on, rewriting its links; returns where reading goes on.</summary>
    private static int StartTag(string html, int nameStart, Uri page, StringBuilder output, ref int copied)
    {
        var i = nameStart;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>')
        {
            i++;
        }

        var name = html[nameStart..i];
        while (i < html.Length && html[i] != '>')
        {
            if (IsSpace(html[i]) || html[i] == '/')
            {
                i++;
                continue;
            }

            // The first character of a name may be '=' (the tokenizer's rule); after it, '=' ends the name.
            var attributeStart = i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>' and not '=')
            {
                i++;
            }

            var attribute = html.AsSpan(attributeStart, i - attributeStart);
            var next = SkipSpace(html, i);
            if (next >= html.Length || html[next] != '=')
            {
                i = next;
                continue;
            }

            var valueStart = SkipSpace(html, next + 1);
            int valueEnd;
            int end;
            char? quote = valueStart < html.Length && html[valueStart] is '"' or '\'' ? html[valueStart] : null;
            if (quote is { } q)
            {
                valueStart++;
                valueEnd = html.IndexOf(q, valueStart);
                valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                end = Math.Min(valueEnd + 1, html.Length);
            }
            else
            {
                valueEnd = valueStart;
                while (valueEnd < html.Length && !IsSpace(html[valueEnd]) && html[valueEnd] != '>')
                {
                    valueEnd++;
                }

                end = valueEnd;
            }

            if ((attribute.Equals("href", StringComparison.OrdinalIgnoreCase) || attribute.Equals("src", StringComparison.OrdinalIgnoreCase))
                && Absolute(WebUtility.HtmlDecode(html[valueStart..valueEnd]), page) is { } absolute)
            {
                var mark = quote ?? '"';
                output.Append(html, copied, attributeStart - copied)
                    .Append(attribute).Append('=').Append(mark).Append(Escape(absolute, mark)).Append(mark);
                copied = end;
            }

            i = end;
        }

        i = Math.Min(i + 1, html.Length);
        foreach (var raw in RawTextElements)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + raw, i, StringComparison.OrdinalIgnoreCase);
                return close < 0 ? html.Length : close;
            }
        }

        return i;
    }

    /// <summary>The address resolved against the post's, or null when it is already absolute (or empty).</summary>
    private static string? Absolute(string value, Uri page)
    {
        // On Unix "/en/posts/x" parses as an absolute file: URI; for a page it is a path on the site.
        if (value.Length == 0 || Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Scheme is not "file")
        {
            return null;
        }

        return Uri.TryCreate(page, value, out var resolved) ? resolved.AbsoluteUri : null;
    }

    private static string Escape(string value, char quote) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace(quote.ToString(), quote == '"' ? "&quot;" : "&#39;", StringComparison.Ordinal);

    private static bool Starts(string html, int at, string text) => string.CompareOrdinal(html, at, text, 0, text.Length) == 0;

    private static int After(string html, int from, string end)
    {
        var at = html.IndexOf(end, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    private static int SkipSpace(string html, int i)
    {
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
