using Blog.Content.Markdown.Attributes;

namespace Blog.Content.Markdown.Divs;

/// <summary>
/// The two lines of a fenced div as pandoc reads them: an opening fence is three or more colons, then
/// attributes in braces or a single word (a class), then optionally more colons; a closing fence is
/// colons alone. A bare <c>:::</c> never opens a div.
/// </summary>
internal static class FenceLine
{
    public const int MinColons = 3;

    public static bool TryOpening(string text, int start, int end, out PandocAttributes attributes)
    {
        attributes = PandocAttributes.Empty;
        var at = Colons(text, start, end);
        if (at - start < MinColons)
        {
            return false;
        }

        at = SkipSpace(text, at, end);
        if (at >= end)
        {
            return false;
        }

        if (text[at] == '{')
        {
            if (!PandocAttributes.TryParse(text, at, end, out attributes, out at))
            {
                return false;
            }
        }
        else
        {
            var wordStart = at;
            while (at < end && !char.IsWhiteSpace(text[at]) && text[at] != ':')
            {
                at++;
            }

            if (at == wordStart)
            {
                return false;
            }

            attributes = new PandocAttributes(null, [text[wordStart..at]], []);
        }

        at = SkipSpace(text, at, end);
        at = Colons(text, at, end);
        return SkipSpace(text, at, end) >= end;
    }

    public static bool IsClosing(string text, int start, int end)
    {
        var at = Colons(text, start, end);
        return at - start >= MinColons && SkipSpace(text, at, end) >= end;
    }

    private static int Colons(string text, int at, int end)
    {
        while (at < end && text[at] == ':')
        {
            at++;
        }

        return at;
    }

    private static int SkipSpace(string text, int at, int end)
    {
        while (at < end && text[at] is ' ' or '\t' or '\r' or '\n')
        {
            at++;
        }

        return at;
    }
}
