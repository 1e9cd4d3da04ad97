namespace Blog.Content.Markdown.Attributes;

/// <summary>
/// An attribute block as pandoc's Markdown reader reads it, <c>{#id .class key=value}</c>: the last
/// id wins, classes add up (<c>class="a b"</c> too), and of two values for one key the first stays.
/// </summary>
internal sealed record PandocAttributes(string? Id, IReadOnlyList<string> Classes, IReadOnlyList<KeyValuePair<string, string>> Pairs)
{
    public static PandocAttributes Empty { get; } = new(null, [], []);

    public bool IsEmpty => Id is null && Classes.Count == 0 && Pairs.Count == 0;

    /// <summary>
    /// Reads a block that starts at <paramref name="start"/> (on its <c>{</c>) and ends before
    /// <paramref name="end"/>; <paramref name="next"/> is just past its <c>}</c>. Anything pandoc would
    /// not read as attributes (<c>{b}</c>, <c>{.1}</c>, <c>{ k = v }</c>) is no block.
    /// </summary>
    public static bool TryParse(string text, int start, int end, out PandocAttributes attributes, out int next)
    {
        attributes = Empty;
        next = start;
        if (start >= end || text[start] != '{')
        {
            return false;
        }

        string? id = null;
        var classes = new List<string>();
        var pairs = new List<KeyValuePair<string, string>>();
        var at = SkipSpace(text, start + 1, end);
        while (at < end && text[at] != '}')
        {
            var c = text[at];
            if (c is '#' or '.')
            {
                var name = AttributeText.Identifier(text, at + 1, end);
                if (name is null)
                {
                    return false;
                }

                if (c == '#')
                {
                    id = name;
                }
                else
                {
                    classes.Add(name);
                }

                at += 1 + name.Length;
            }
            else if (c == '-')
            {
                // pandoc's shorthand for an unnumbered heading.
                classes.Add("unnumbered");
                at++;
            }
            else
            {
                var key = AttributeText.Identifier(text, at, end);
                if (key is null || at + key.Length >= end || text[at + key.Length] != '=')
                {
                    return false;
                }

                at += key.Length + 1;
                if (!AttributeText.TryValue(text, ref at, end, out var value))
                {
                    return false;
                }

                switch (key)
                {
                    case "id":
                        id = value;
                        break;
                    case "class":
                        classes.AddRange(value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                        break;
                    default:
                        if (!pairs.Exists(p => p.Key == key))
                        {
                            pairs.Add(new(key, value));
                        }

                        break;
                }
            }

            at = SkipSpace(text, at, end);
        }

        if (at >= end)
        {
            return false;
        }

        attributes = new PandocAttributes(string.IsNullOrEmpty(id) ? null : id, classes, pairs);
        next = at + 1;
        return true;
    }

    /// <summary>
    /// pandoc's raw attribute, <c>{=html}</c>: the code it follows is that format's own markup.
    /// </summary>
    public static bool TryParseRaw(string text, int start, int end, out string format, out int next)
    {
        format = string.Empty;
        next = start;
        if (start >= end || text[start] != '{')
        {
            return false;
        }

        var at = SkipSpaceOrTab(text, start + 1, end);
        if (at >= end || text[at] != '=')
        {
            return false;
        }

        var nameStart = ++at;
        while (at < end && (char.IsLetterOrDigit(text[at]) || text[at] is '-' or '_'))
        {
            at++;
        }

        var nameEnd = at;
        at = SkipSpaceOrTab(text, at, end);
        if (nameEnd == nameStart || at >= end || text[at] != '}')
        {
            return false;
        }

        format = text[nameStart..nameEnd];
        next = at + 1;
        return true;
    }

    private static int SkipSpace(string text, int at, int end)
    {
        while (at < end && text[at] is ' ' or '\t' or '\n' or '\r')
        {
            at++;
        }

        return at;
    }

    private static int SkipSpaceOrTab(string text, int at, int end)
    {
        while (at < end && text[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }
}
