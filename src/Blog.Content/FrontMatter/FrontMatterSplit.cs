using Blog.Content.Posts;

namespace Blog.Content.FrontMatter;

/// <summary>
/// A post's text cut in two: the YAML between the opening <c>---</c> and the closing <c>---</c>
/// (or <c>...</c>), and the Markdown body after it. Line numbers are 1-based in the file, so errors
/// found in either part can point at the line the author sees.
/// </summary>
internal sealed record FrontMatterSplit(string? Yaml, int YamlFirstLine, string Body)
{
    /// <summary>The body's first line in the file.</summary>
    public int BodyFirstLine { get; init; } = Yaml is null ? 1 : YamlFirstLine + Yaml.Count(c => c == '\n') + 1;

    public static FrontMatterSplit Of(string text)
    {
        if (FirstLine(text).StartsWith("%"))
        {
            return TitleBlock(text);
        }

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

    /// <summary>
    /// pandoc's older title block: up to three lines starting with <c>%</c> (title, authors separated
    /// by <c>;</c>, date), any of them left empty, read as the front matter they stand for.
    /// </summary>
    private static FrontMatterSplit TitleBlock(string text)
    {
        var lines = text.Split('\n');
        var fields = new List<string>();
        var used = 0;
        while (used < lines.Length && used < 3 && lines[used].StartsWith('%'))
        {
            fields.Add(lines[used][1..].Trim());
            used++;
        }

        var yaml = new System.Text.StringBuilder();
        if (fields is [var title, ..] && title.Length > 0)
        {
            yaml.Append("title: ").Append(Quoted(title)).Append('\n');
        }

        if (fields.Count > 1 && fields[1].Length > 0)
        {
            yaml.Append("author:\n");
            foreach (var author in fields[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yaml.Append("  - ").Append(Quoted(author)).Append('\n');
            }
        }

        if (fields.Count > 2 && fields[2].Length > 0)
        {
            yaml.Append("date: ").Append(Quoted(fields[2])).Append('\n');
        }

        return new FrontMatterSplit(yaml.Length == 0 ? null : yaml.ToString(), 1, string.Join('\n', lines[used..])) { BodyFirstLine = used + 1 };
    }

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static ReadOnlySpan<char> FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text.AsSpan(0, end);
    }

    private static bool IsFence(ReadOnlySpan<char> line, string fence) => line.TrimEnd().SequenceEqual(fence);
}
