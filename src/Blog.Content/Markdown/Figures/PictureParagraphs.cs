using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Figures;

/// <summary>
/// A paragraph of nothing but pictures (one kept inline by a trailing backslash, one inside a link, a
/// row of them) says nothing in words of its own: its text is the pictures' alt text, no summary of a
/// post, just as a figure's caption is none.
/// </summary>
internal static class PictureParagraphs
{
    public static bool HoldsOnlyPictures(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inlines
        && inlines.Descendants<LinkInline>().Any(link => link.IsImage)
        && inlines.All(IsPictureOrSpace);

    private static bool IsPictureOrSpace(Inline inline) => inline switch
    {
        LinkInline { IsImage: true } => true,
        LinkInline link => link.All(IsPictureOrSpace),
        LiteralInline literal => literal.Content.IsEmptyOrWhitespace(),
        LineBreakInline or ParagraphEndBreak => true,
        _ => false,
    };
}
