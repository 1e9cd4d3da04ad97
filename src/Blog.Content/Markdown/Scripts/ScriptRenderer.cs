using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.Scripts;

internal sealed class ScriptRenderer : HtmlObjectRenderer<ScriptInline>
{
    protected override void Write(HtmlRenderer renderer, ScriptInline script)
    {
        var tag = script.Kind.Tag();
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write('<').Write(tag).Write('>');
        }

        renderer.WriteChildren(script);
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("</").Write(tag).Write('>');
        }
    }
}
