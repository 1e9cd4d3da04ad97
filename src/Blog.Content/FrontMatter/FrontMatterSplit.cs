using Blog.Content.Posts;

namespace Blog.Content.FrontMatter;

/// <summary>
/// A post's text cut in two: the YAML between the opening <c>---</c> and the closing <c>---</c>
/// (or <c>...</c>), and the Markdown body after it. Line numbers are 1-based in the file, so errors
/// found in either part can point at the line the author sees.
/// </summary>
internal sealed record FrontMatterSplit(string? Yaml, int YamlFirstLine, string Body)
{
    public static FrontMatterSplit Of(string text)
    {
        if (!IsFence(FirstLine(text), "---"))
        {
            return new FrontMatterSplit(null, 0, text);
        }

        var lineStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var yamlStart = lineStart;
        while (lineStart > 0 && lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? text.AsSpan(lineStart) : text.AsSpan(lineStart, lineEnd - lineStart);
            if (IsFence(line, "---") || IsFence(line, "..."))
            {
                var yaml = text[yamlStart..lineStart];
                var body = lineEnd < 0 ? string.Empty : text[(lineEnd + 1)..];
                return new FrontMatterSplit(yaml, 2, body);
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        throw new PostFormatException(
            "the front matter that opens on line 1 with '---' is never closed; add a line with '---' after the last key",
            1, 1);
    }

    private static ReadOnlySpan<char> FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text.AsSpan(0, end);
    }

    private static bool IsFence(ReadOnlySpan<char> line, string fence) => line.TrimEnd().SequenceEqual(fence);
}
