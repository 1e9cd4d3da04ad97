using Markdig.Syntax;

namespace Blog.Content.Markdown.HtmlBlocks;

/// <summary>Text that pandoc writes without a paragraph (its <c>Plain</c>): the text right before a block tag.</summary>
internal sealed class PlainBlock : LeafBlock
{
    public PlainBlock()
        : base(null)
    {
    }
}
