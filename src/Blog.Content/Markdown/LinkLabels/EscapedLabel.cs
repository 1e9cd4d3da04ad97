namespace Blog.Content.Markdown.LinkLabels;

/// <summary>
/// A link label with backslash escapes that Markdig's label reader refuses (it takes only <c>\\</c>,
/// <c>\[</c> and <c>\]</c>), so that <c>[pg\_prove]: url</c> was a paragraph and <c>[pg\_prove]</c>
/// text. Such a label is kept as written, backslashes and all, as pandoc and CommonMark compare labels:
/// <c>[pg_prove]</c> does not match it.
/// </summary>
internal static class EscapedLabel
{
    /// <summary>CommonMark's longest label.</summary>
    private const int MaxLength = 999;

    /// <summary>
    /// Reads <c>[label]</c> at <paramref name="open"/> on one line; true only for a label Markdig would
    /// refuse. <paramref name="close"/> is the index of its <c>]</c>.
    /// </summary>
    public static bool TryRead(string text, int open, int end, out string label, out int close)
    {
        label = string.Empty;
        close = -1;
        var needsUs = false;
        var limit = Math.Min(end, open + MaxLength + 2);
        for (var i = open + 1; i < limit; i++)
        {
            switch (text[i])
            {
                case '\\' when i + 1 < limit && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] is not (' ' or '\t' or '\r' or '\n'):
                    needsUs |= text[i + 1] is not ('\\' or '[' or ']');
                    i++;
                    break;
                case '[' or '\r' or '\n':
                    return false;
                case ']':
                    var raw = text.AsSpan(open + 1, i - open - 1).Trim();
                    if (!needsUs || raw.IsEmpty)
                    {
                        return false;
                    }

                    label = raw.ToString();
                    close = i;
                    return true;
            }
        }

        return false;
    }
}
