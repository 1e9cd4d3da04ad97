using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Lists;

/// <summary>
/// The example items the parse met, by where their markers start, with their labels. Items are
/// numbered once the document is built (<see cref="ExampleListsExtension"/>): a marker read by a
/// list that then does not open is never counted.
/// </summary>
internal static class ExampleMarkers
{
    /// <summary>
    /// Mark an example list, which no other kind of item continues, by how its items are written
    /// (<c>(@)</c>, <c>@.</c>, <c>@)</c>): as in pandoc, a change of delimiter starts another list.
    /// </summary>
    public const char InParentheses = '@', AfterPeriod = '\u2024', AfterParenthesis = '\u2769';

    private static readonly object Key = new();

    public static bool IsDelimiter(char c) => c is InParentheses or AfterPeriod or AfterParenthesis;

    public static ListInfo Info(char delimiter) => new() { BulletType = '1', OrderedStart = "1", DefaultOrderedStart = "1", OrderedDelimiter = delimiter };

    public static bool IsLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    public static bool IsLabel(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (!IsLabelChar(c))
            {
                return false;
            }
        }

        return true;
    }

    public static void Add(MarkdownDocument document, int position, string label)
    {
        if (document.GetData(Key) is not Dictionary<int, string> labels)
        {
            labels = [];
            document.SetData(Key, labels);
        }

        labels[position] = label;
    }

    /// <summary>The label of the example item starting there (empty for <c>(@)</c>), or null if none does.</summary>
    public static string? LabelAt(MarkdownDocument document, int position) =>
        document.GetData(Key) is Dictionary<int, string> labels && labels.TryGetValue(position, out var label) ? label : null;

    public static bool Any(MarkdownDocument document) => document.GetData(Key) is Dictionary<int, string>;
}
