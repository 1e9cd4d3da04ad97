namespace Blog.Content.Markdown.Divs;

/// <summary>
/// Which opening fences of a text have a closing fence. pandoc reads a div only when its closing fence
/// comes (an unclosed <c>::: {.x}</c> is a paragraph of text), and a block parser cannot look ahead, so
/// the whole text is scanned once, matching fences as a stack: the closing fence belongs to the
/// innermost open div. Like pandoc, a fence right after a line of text is part of that paragraph, and
/// fences inside fenced code are code. Block markers (<c>&gt;</c>, indentation) in front of a fence are
/// skipped, which is what a div inside a quote or a list item needs.
/// </summary>
internal sealed class ClosedFences
{
    private readonly HashSet<int> _closed = [];

    private ClosedFences()
    {
    }

    public bool IsClosed(int fenceStart) => _closed.Contains(fenceStart);

    /// <summary>Opening fences no closing fence answers, in the order of the text: each is a paragraph of text.</summary>
    public IReadOnlyList<int> Unclosed { get; private set; } = [];

    public static ClosedFences Of(string text)
    {
        var fences = new ClosedFences();
        var open = new Stack<int>();
        var previousIsText = false;
        char codeFence = '\0';
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var at = lineStart;
            while (at < lineEnd && text[at] is ' ' or '\t' or '>')
            {
                at++;
            }

            var isBlank = at >= lineEnd || text[at] == '\r';
            var isFence = false;
            if (codeFence != '\0')
            {
                isFence = true;
                if (StartsCodeFence(text, at, lineEnd) == codeFence)
                {
                    codeFence = '\0';
                }
            }
            else if (StartsCodeFence(text, at, lineEnd) is var fence and not '\0')
            {
                isFence = true;
                codeFence = fence;
            }
            else if (at < lineEnd && text[at] == ':')
            {
                if (FenceLine.IsClosing(text, at, lineEnd))
                {
                    isFence = true;
                    if (open.Count > 0)
                    {
                        fences._closed.Add(open.Pop());
                    }
                }
                else if (!previousIsText && FenceLine.TryOpening(text, at, lineEnd, out _))
                {
                    isFence = true;
                    open.Push(at);
                }
            }

            previousIsText = !isBlank && !isFence && !(at < lineEnd && text[at] == '#');
            lineStart = lineEnd + 1;
        }

        fences.Unclosed = [.. open.Reverse()];
        return fences;
    }

    private static char StartsCodeFence(string text, int at, int end) =>
        at + 2 < end && text[at] is '`' or '~' && text[at + 1] == text[at] && text[at + 2] == text[at] ? text[at] : '\0';
}
