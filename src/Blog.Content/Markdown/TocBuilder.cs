using Blog.Content.Posts;

namespace Blog.Content.Markdown;

/// <summary>
/// Nests a flat list of headings into a table of contents. Levels are counted from the shallowest
/// heading shown, not from h1: a language section under <c>## English</c> is its own document, so its
/// <c>###</c> headings are the top level, as <c>##</c> are in a one-language post. Three levels by
/// default, as pandoc's <c>toc-depth</c>; the front matter's <c>toc-depth</c> changes it.
/// </summary>
internal static class TocBuilder
{
    public const int DefaultDepth = 3;

    public static IReadOnlyList<TocEntry> Build(IReadOnlyList<HeadingInfo> headings, int depth = DefaultDepth)
    {
        if (headings.Count == 0)
        {
            return [];
        }

        var top = headings.Min(h => h.Level);
        var listed = headings.Where(h => h.Level < top + depth).ToList();
        var position = 0;
        return Children(listed, ref position, top);
    }

    /// <summary>Counts entries at every level: a TOC is worth showing from two.</summary>
    public static int CountEntries(IReadOnlyList<TocEntry> entries) =>
        entries.Sum(e => 1 + CountEntries(e.Children));

    private static List<TocEntry> Children(List<HeadingInfo> headings, ref int position, int level)
    {
        var entries = new List<TocEntry>();
        while (position < headings.Count && headings[position].Level >= level)
        {
            var heading = headings[position++];
            var children = position < headings.Count && headings[position].Level > heading.Level
                ? Children(headings, ref position, heading.Level + 1)
                : [];
            entries.Add(new TocEntry(heading.Id, heading.Text, children));
        }

        return entries;
    }
}

/// <summary>A heading as rendered: its level, its id and its plain text.</summary>
internal sealed record HeadingInfo(int Level, string Id, string Text);
