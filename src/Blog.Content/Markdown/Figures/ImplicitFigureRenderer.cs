using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.Figures;

/// <summary>
/// pandoc 2.17's figure: the picture keeps its alt text, and the caption, the same words with their
/// formatting, is hidden from screen readers so that they do not read it twice; a caption a keyboard
/// can reach into stays visible to them (<see cref="CaptionFocus"/>).
/// </summary>
internal sealed class ImplicitFigureRenderer : HtmlObjectRenderer<ImplicitFigure>
{
    protected override void Write(HtmlRenderer renderer, ImplicitFigure figure)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteLeafInline(figure);
            renderer.EnsureLine();
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<figure").WriteAttributes(figure).WriteLine(">");
        renderer.Write(figure.Image);
        renderer.WriteLine();
        renderer.Write(CaptionFocus.CanTakeFocus(figure.Image) ? "<figcaption>" : "<figcaption aria-hidden=\"true\">");
        renderer.WriteChildren(figure.Image);
        renderer.WriteLine("</figcaption>");
        renderer.WriteLine("</figure>");

        // A footnote that is only a figure: Markdig put its back links after the picture; pandoc writes them after the figure.
        for (var backLink = figure.Image.NextSibling; backLink is not null; backLink = backLink.NextSibling)
        {
            renderer.Write(backLink);
        }

        renderer.EnsureLine();
    }
}
