using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.HtmlBlocks;

/// <summary>A block tag's line: its inlines as they are, on a line of their own.</summary>
internal sealed class HtmlTagLineRenderer : HtmlObjectRenderer<HtmlTagLine>
{
    protected override void Write(HtmlRenderer renderer, HtmlTagLine block)
    {
        renderer.EnsureLine();
        renderer.WriteLeafInline(block);
        renderer.EnsureLine();
    }
}

/// <summary>Text without a paragraph around it.</summary>
internal sealed class PlainBlockRenderer : HtmlObjectRenderer<PlainBlock>
{
    protected override void Write(HtmlRenderer renderer, PlainBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLeafInline(block);
        renderer.EnsureLine();
    }
}
