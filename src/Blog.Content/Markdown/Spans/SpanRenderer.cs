using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.Spans;

/// <summary>
/// A span as pandoc's HTML5 writer gives it: <c>&lt;span&gt;</c>, except that the class <c>mark</c>
/// makes it <c>&lt;mark&gt;</c> and a lone class <c>underline</c> makes it <c>&lt;u&gt;</c>.
/// </summary>
internal sealed class SpanRenderer : HtmlObjectRenderer<SpanInline>
{
    protected override void Write(HtmlRenderer renderer, SpanInline span)
    {
        var element = ElementOf(span.TryGetAttributes());
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write('<').Write(element).WriteAttributes(span).Write('>');
        }

        renderer.WriteChildren(span);
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("</").Write(element).Write('>');
        }
    }

    private static string ElementOf(HtmlAttributes? attributes)
    {
        var classes = attributes?.Classes;
        if (classes is null)
        {
            return "span";
        }

        if (classes.Remove("mark"))
        {
            return "mark";
        }

        if (classes is ["underline"])
        {
            classes.Clear();
            return "u";
        }

        return "span";
    }
}
