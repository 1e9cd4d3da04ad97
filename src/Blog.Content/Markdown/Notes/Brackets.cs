namespace Blog.Content.Markdown.Notes;

internal static class Brackets
{
    /// <summary>Where the bracket opened at <paramref name="open"/> closes, skipping escaped ones; -1 when it does not.</summary>
    public static int MatchingClose(string text, int open, int end, char opening, char closing)
    {
        var depth = 0;
        for (var at = open; at < end; at++)
        {
            var c = text[at];
            if (c == '\\')
            {
                at++;
            }
            else if (c == opening)
            {
                depth++;
            }
            else if (c == closing && --depth == 0)
            {
                return at;
            }
        }

        return -1;
    }
}
