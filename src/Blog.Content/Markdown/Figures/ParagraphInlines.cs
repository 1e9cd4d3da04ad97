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
}
