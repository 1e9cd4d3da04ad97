using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Figures;

/// <summary>
/// pandoc's <c>implicit_figures</c>, decided once the whole document is parsed: a picture with alt text
/// alone in a paragraph becomes a figure. Anything else in the paragraph, even a trailing backslash
/// (<see cref="ParagraphEndBreak"/>), keeps it a picture in the text, and so does an empty alt text or a
/// link around it. Table cells hold no paragraphs to pandoc, so no figures either.
/// </summary>
internal static class ImplicitFigures
{
    public static void Apply(MarkdownDocument document)
    {
        var lone = new List<(ParagraphBlock Paragraph, LinkInline Image)>();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Parent is not TableCell && LoneImage(paragraph) is { } image)
            {
                lone.Add((paragraph, image));
            }
        }

        foreach (var group in lone.GroupBy(l => TightListOf(l.Paragraph)))
        {
            if (group.Key is { } list)
            {
                // pandoc decides a list's tightness after its figures: a figure is a paragraph, and a
                // paragraph anywhere but at the end of the last item makes the whole list loose. One that
                // ends the last item of a list otherwise tight is made plain, a picture again.
                if (group.All(l => list.LastChild is ListItemBlock last && last.LastChild == l.Paragraph))
                {
                    continue;
                }

                list.IsLoose = true;
            }

            foreach (var (paragraph, image) in group)
            {
                Replace(paragraph, image);
            }
        }
    }

    private static LinkInline? LoneImage(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        foreach (var inline in ParagraphInlines.Own(paragraph))
        {
            if (inline is LinkInline { IsImage: true } picture && image is null)
            {
                image = picture;
            }
            else if (!IsBlank(inline))
            {
                return null;
            }
        }

        return image is not null && image.Any(i => !IsBlank(i)) ? image : null;
    }

    private static bool IsBlank(Inline inline) =>
        inline is LiteralInline literal ? literal.Content.IsEmptyOrWhitespace() : inline is LineBreakInline { IsHard: false };

    private static ListBlock? TightListOf(ParagraphBlock paragraph) =>
        paragraph.Parent is ListItemBlock { Parent: ListBlock { IsLoose: false } list } ? list : null;

    private static void Replace(ParagraphBlock paragraph, LinkInline image)
    {
        var parent = paragraph.Parent!;
        var index = parent.IndexOf(paragraph);
        parent.RemoveAt(index);
        parent.Insert(index, new ImplicitFigure(paragraph, image));
    }
}
