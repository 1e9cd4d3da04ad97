using Markdig.Syntax;

namespace Blog.Content.Markdown.Lists;

/// <summary>Where the document's <c>#.</c> markers are, so that a list one starts can be told apart once built.</summary>
internal static class HashMarkers
{
    private static readonly object Key = new();

    public static void Add(MarkdownDocument document, int position)
    {
        if (document.GetData(Key) is not HashSet<int> positions)
        {
            positions = [];
            document.SetData(Key, positions);
        }

        positions.Add(position);
    }

    /// <summary>The list's first marker was <c>#.</c>: a list and its first item start where the marker does.</summary>
    public static bool StartsList(MarkdownDocument document, ListBlock list) =>
        document.GetData(Key) is HashSet<int> positions && positions.Contains(list.Span.Start);
}
