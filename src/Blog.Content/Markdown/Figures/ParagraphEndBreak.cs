using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Figures;

/// <summary>
/// A backslash that ends a paragraph of a post's body. pandoc reads a backslash before a newline as a
/// hard line break, and every paragraph of a body ends with a newline; CommonMark, and so Markdig, keeps
/// it as a backslash. pandoc's manual gives <c>![alt](x.png)\</c> as the way to keep a lone picture
/// from becoming a figure, and without this the page would show that backslash. A title or summary in
/// front matter has no newline after it and keeps its backslash, as in pandoc, so this is applied to
/// bodies (<see cref="RenderedBody"/>), not in the pipeline they share. Markdig writes no line break
/// last in a paragraph, so this is an inline of its own, written as pandoc writes it. Table cells are
/// not paragraphs to pandoc and keep their backslash.
/// </summary>
internal sealed class ParagraphEndBreak : LeafInline
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            Apply(paragraph);
        }
    }

    private static void Apply(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is TableCell || ParagraphInlines.Last(paragraph) is not LiteralInline literal)
        {
            return;
        }

        var content = literal.Content;

        // An escaped backslash (\\) is its literal's first character, marked escaped; any other backslash there is bare.
        if (content.IsEmpty || content.Text[content.End] != '\\' || (content.Length == 1 && literal.IsFirstCharacterEscaped))
        {
            return;
        }

        var lineBreak = new ParagraphEndBreak { Line = literal.Line };
        if (content.Length == 1)
        {
            literal.ReplaceBy(lineBreak);
        }
        else
        {
            literal.Content = new StringSlice(content.Text, content.Start, content.End - 1);
            literal.InsertAfter(lineBreak);
        }
    }

    internal sealed class Renderer : HtmlObjectRenderer<ParagraphEndBreak>
    {
        protected override void Write(HtmlRenderer renderer, ParagraphEndBreak obj)
        {
            if (renderer.EnableHtmlForInline)
            {
                renderer.WriteLine("<br />");
            }
        }
    }
}
