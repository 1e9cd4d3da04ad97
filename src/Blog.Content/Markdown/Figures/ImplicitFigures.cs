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
    public static void Apply(ParsedDocument document)
    {
        List<(ParagraphBlock Paragraph, LinkInline Image)>? lone = null;
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Parent is not TableCell && LoneImage(paragraph) is { } image)
            {
                (lone ??= []).Add((paragraph, image));
            }
        }

        if (lone is null)
        {
            return;
        }

        document.Changed();

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
        // Most paragraphs are text: the first inline that is neither a picture nor blank decides, without a look at the rest.
        LinkInline? image = null;
        var last = ParagraphInlines.Last(paragraph);
        for (var inline = paragraph.Inline?.FirstChild; last is not null && inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline { IsImage: true } picture && image is null)
            {
                image = picture;
            }
            else if (!IsBlank(inline))
            {
                return null;
            }

            if (inline == last)
            {
                break;
            }
        }

        if (image is null)
        {
            return null;
        }

        for (var child = image.FirstChild; child is not null; child = child.NextSibling)
        {
            if (!IsBlank(child))
            {
                return image;
            }
        }

        return null;
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
