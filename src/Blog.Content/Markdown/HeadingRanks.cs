using Markdig.Syntax;

namespace Blog.Content.Markdown;

/// <summary>
/// A body is shown under the page's <c>h1</c>, without the language heading it was written under
/// (<c>## English</c> above <c>### Intro</c>): the levels the author wrote would skip one there, and
/// wherever the author jumps from <c>##</c> to <c>####</c>, which leaves screen-reader users guessing
/// what the outline is. Each heading is shown at most one level below the one it belongs to; levels
/// that skip nothing are kept as written, so pandoc's output is changed only where it would skip.
/// The table of contents still reads the written levels (<c>toc-depth</c> keeps pandoc's meaning).
/// </summary>
internal static class HeadingRanks
{
    /// <summary>The page's own title is the <c>h1</c> every body heading sits under.</summary>
    private const int PageTitleLevel = 1;

    public static void Apply(MarkdownDocument document)
    {
        var open = new Stack<(int Written, int Shown)>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            while (open.Count > 0 && open.Peek().Written >= heading.Level)
            {
                open.Pop();
            }

            var parent = open.Count > 0 ? open.Peek().Shown : PageTitleLevel;
            var written = heading.Level;
            heading.Level = Math.Min(written, parent + 1);
            open.Push((written, heading.Level));
        }
    }
}
