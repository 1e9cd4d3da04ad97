namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc's dashed lines under and around simple and multiline tables: up to three spaces, then runs
/// of dashes separated by spaces, nothing else.
/// </summary>
internal static class DashedLine
{
    /// <summary>The column indices where each run starts (the first is the indentation) and each run's dash count; null when the line is not one.</summary>
    public static (List<int> Indices, List<int> Dashes)? Read(string text, Piece line)
    {
        var at = line.Start;
        while (at < line.End && text[at] == ' ' && at - line.Start < 3)
        {
            at++;
        }

        if (at >= line.End || text[at] != '-')
        {
            return null;
        }

        var indices = new List<int> { at - line.Start };
        var dashes = new List<int>();
        while (at < line.End)
        {
            var start = at;
            while (at < line.End && text[at] == '-')
            {
                at++;
            }

            if (at == start)
            {
                return null;
            }

            dashes.Add(at - start);
            while (at < line.End && text[at] is ' ' or '\t')
            {
                at++;
            }

            indices.Add(indices[^1] + (at - start));
        }

        return (indices, dashes);
    }

    /// <summary>What <see cref="Read"/> decides, without building its lists: asked of every line when tables are looked for.</summary>
    public static bool Is(string text, Piece? line) => line is { } l && Is(text, l.Start, l.End);

    public static bool Is(string text, int start, int end)
    {
        var at = start;
        while (at < end && text[at] == ' ' && at - start < 3)
        {
            at++;
        }

        if (at >= end || text[at] != '-')
        {
            return false;
        }

        for (; at < end; at++)
        {
            if (text[at] is not ('-' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
