namespace Blog.Content.Posts;

/// <summary>
/// Refuses text nested so deep that the parsers would spend seconds on it or run out of stack (which
/// no catch can stop): thousands of <c>[[[</c> in YAML, or of <c>&gt;</c> or indentation in Markdown.
/// Real posts stay far below these limits.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Deepest <c>[</c>/<c>{</c> nesting allowed in front matter.</summary>
    public const int MaxFlowDepth = 64;

    /// <summary>Widest indentation (spaces, tabs as four, quote marks and list markers) allowed on one line.</summary>
    public const int MaxIndent = 256;

    public static void CheckFrontMatter(string yaml, int firstLine)
    {
        var depth = 0;
        var line = firstLine;
        var lineStart = 0;
        for (var i = 0; i < yaml.Length; i++)
        {
            switch (yaml[i])
            {
                case '\n':
                    line++;
                    lineStart = i + 1;
                    break;
                case '[' or '{':
                    if (++depth > MaxFlowDepth)
                    {
                        throw new PostFormatException($"the front matter is nested more than {MaxFlowDepth} levels deep", line, i - lineStart + 1);
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        CheckIndentation(yaml, firstLine, "front matter");
    }

    public static void CheckMarkdown(string body, int firstLine) => CheckIndentation(body, firstLine, "Markdown");

    private static void CheckIndentation(string text, int firstLine, string what)
    {
        var line = firstLine;
        var width = 0;
        var inIndent = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                width = 0;
                inIndent = true;
                continue;
            }

            if (!inIndent)
            {
                continue;
            }

            // A list marker counts only as a marker ("- "), so a long "-----" rule is not indentation.
            var isMarker = c is '-' or '*' or '+' && i + 1 < text.Length && text[i + 1] is ' ' or '\t';
            width += c switch
            {
                ' ' or '>' => 1,
                '\t' => 4,
                _ when isMarker => 1,
                _ => 0,
            };

            if (c is not (' ' or '>' or '\t') && !isMarker)
            {
                inIndent = false;
                continue;
            }

            if (width > MaxIndent)
            {
                throw new PostFormatException($"the {what} is nested too deeply (more than {MaxIndent} columns of indentation, quotes or list markers on one line)", line, 1);
            }
        }
    }
}
