using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.LineBlocks;

/// <summary>Writes a line block as pandoc does: <c>&lt;div class="line-block"&gt;</c>, lines ended by <c>&lt;br /&gt;</c>.</summary>
internal sealed class LineBlockRenderer : HtmlObjectRenderer<LineBlock>
{
    protected override void Write(HtmlRenderer renderer, LineBlock block)
    {
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("<div class=\"line-block\"").WriteAttributes(block).Write('>');
        }

        if (block.Indents.TryGetValue(block.Line, out var indent))
        {
            renderer.Write(new string('\u00A0', indent));
        }

        renderer.WriteLeafInline(block);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.WriteLine("</div>");
        }
        else
        {
            renderer.EnsureLine();
        }
    }

    /// <summary>The break in front of a line, written as pandoc writes it.</summary>
    public sealed class LineStartRenderer : HtmlObjectRenderer<LineStart>
    {
        protected override void Write(HtmlRenderer renderer, LineStart start)
        {
            renderer.WriteLine(start.Hard && renderer.EnableHtmlForInline ? "<br />" : string.Empty);
            if (start.Indent > 0)
            {
                renderer.Write(new string('\u00A0', start.Indent));
            }
        }
    }
}
