using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Figures;

/// <summary>
/// What the author wrote in a paragraph. Markdig adds a footnote's back links to the end of the
/// footnote's last paragraph; pandoc adds them after the footnote's last block, so they are not part of
/// what decides whether a paragraph is a lone picture or ends with a backslash.
/// </summary>
internal static class ParagraphInlines
{
    public static Inline? Last(ParagraphBlock paragraph)
    {
        var last = paragraph.Inline?.LastChild;
        while (last is FootnoteLink { IsBackLink: true })
        {
            last = last.PreviousSibling;
        }

        return last;
    }

    public static IEnumerable<Inline> Own(ParagraphBlock paragraph)
    {
        var last = Last(paragraph);
        for (var inline = paragraph.Inline?.FirstChild; last is not null && inline is not null; inline = inline.NextSibling)
        {
            yield return inline;
            if (inline == last)
            {
                yield break;
            }
        }
    }

    /// <summary>The back links after <paramref name="last"/>, taken out of the paragraph.</summary>
    public static List<Inline> TakeAfter(Inline last)
    {
        var taken = new List<Inline>();
        while (last.NextSibling is { } next)
        {
            next.Remove();
            taken.Add(next);
        }

        return taken;
    }
}
