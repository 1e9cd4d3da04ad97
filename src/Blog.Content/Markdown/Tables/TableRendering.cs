using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Tables;

/// <summary>Every table, whatever its kind, is written by <see cref="PandocTableRenderer"/>, in place of Markdig's own renderer.</summary>
internal static class TableRendering
{
    public static void Use(IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.Contains<PandocTableRenderer>())
        {
            return;
        }

        html.ObjectRenderers.RemoveAll(r => r is HtmlTableRenderer);
        html.ObjectRenderers.Add(new PandocTableRenderer());
    }
}
