using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.Spans;

internal sealed class SpanRenderer : HtmlObjectRenderer<SpanInline>
{
    protected override void Write(HtmlRenderer renderer, SpanInline span)
    {
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("<span").WriteAttributes(span).Write('>');
        }

        renderer.WriteChildren(span);
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("</span>");
        }
    }
}
