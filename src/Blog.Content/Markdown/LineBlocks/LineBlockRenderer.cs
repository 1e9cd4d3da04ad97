using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.LineBlocks;

/// <summary>
/// Writes a line block as pandoc does: <c>&lt;div class="line-block"&gt;</c>, its lines separated by
/// <c>&lt;br /&gt;</c>, each line's indentation as no-break spaces.
/// </summary>
internal sealed class LineBlockRenderer : HtmlObjectRenderer<LineBlock>
{
    protected override void Write(HtmlRenderer renderer, LineBlock block)
    {
        renderer.EnsureLine();
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("<div class=\"line-block\"").WriteAttributes(block).Write('>');
        }

        for (var i = 0; i < block.Count; i++)
        {
            if (i > 0)
            {
                renderer.WriteLine(renderer.EnableHtmlForBlock ? "<br />" : string.Empty);
            }

            var line = (LineBlockLine)block[i];
            if (line.Indent > 0)
            {
                renderer.Write(new string('\u00A0', line.Indent));
            }

            renderer.WriteLeafInline(line);
        }

        if (renderer.EnableHtmlForBlock)
        {
            renderer.WriteLine("</div>");
        }
        else
        {
            renderer.EnsureLine();
        }
    }
}
