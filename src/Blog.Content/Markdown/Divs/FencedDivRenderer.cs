using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.Divs;

internal sealed class FencedDivRenderer : HtmlObjectRenderer<FencedDivBlock>
{
    protected override void Write(HtmlRenderer renderer, FencedDivBlock div)
    {
        renderer.EnsureLine();
        renderer.Write("<div").WriteAttributes(div).WriteLine(">");
        renderer.WriteChildren(div);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
