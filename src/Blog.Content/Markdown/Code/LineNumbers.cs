using System.Globalization;
using System.Text;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.Code;

/// <summary>
/// Numbered code (<c>```{.python .numberLines startFrom=10}</c>, or <c>.number-lines</c>): each line in
/// a <c>&lt;span class="line"&gt;</c> that the stylesheet numbers with a CSS counter, started by an
/// inline <c>counter-reset</c> on the <c>&lt;code&gt;</c> as pandoc's is. The numbers are generated
/// content, never text, so selecting and copying the code (or the page's copy button, which takes the
/// text) gives the code alone.
/// </summary>
internal static class LineNumbers
{
    /// <summary>pandoc's classes that ask for numbers; neither names the code's language.</summary>
    public static bool IsNumbering(string name) => name is "numberLines" or "number-lines";

    public static bool Wanted(HtmlAttributes? attributes) => attributes?.Classes?.Any(IsNumbering) == true;

    /// <summary>The first line's number: <c>startFrom</c>, else 1 (also for a value that is not a number).</summary>
    public static long Start(HtmlAttributes? attributes)
    {
        var given = attributes?.Properties?.FirstOrDefault(p => p.Key is "data-startFrom" or "startFrom").Value;
        return long.TryParse(given, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var start) && Math.Abs(start) < int.MaxValue ? start : 1;
    }

    public static string CounterReset(long start) => string.Create(CultureInfo.InvariantCulture, $"counter-reset: line {start - 1}");

    /// <summary>
    /// Wraps every line of highlighted (or escaped) code in a span. The highlighter's spans may run over
    /// several lines (a block comment): each is closed at the end of a line and opened again on the
    /// next, so that every line span holds well-nested markup.
    /// </summary>
    public static string Wrap(string html)
    {
        var text = new StringBuilder(html.Length + 32);
        var open = new List<string>();
        var lineStart = true;
        var end = html.EndsWith('\n') ? html.Length - 1 : html.Length;
        for (var i = 0; i < end; i++)
        {
            if (lineStart)
            {
                text.Append("<span class=\"line\">");
                foreach (var tag in open)
                {
                    text.Append(tag);
                }

                lineStart = false;
            }

            var c = html[i];
            if (c == '\n')
            {
                Close(text, open.Count + 1).Append('\n');
                lineStart = true;
                continue;
            }

            if (c == '<')
            {
                var close = html.IndexOf('>', i);
                if (close < 0)
                {
                    close = html.Length - 1;
                }

                var tag = html[i..(close + 1)];
                if (tag.StartsWith("</", StringComparison.Ordinal))
                {
                    if (open.Count > 0)
                    {
                        open.RemoveAt(open.Count - 1);
                    }
                }
                else if (!tag.EndsWith("/>", StringComparison.Ordinal))
                {
                    open.Add(tag);
                }

                text.Append(tag);
                i = close;
                continue;
            }

            text.Append(c);
        }

        if (!lineStart)
        {
            Close(text, open.Count + 1);
        }

        return text.ToString();
    }

    private static StringBuilder Close(StringBuilder text, int spans)
    {
        for (var i = 0; i < spans; i++)
        {
            text.Append("</span>");
        }

        return text;
    }
}
