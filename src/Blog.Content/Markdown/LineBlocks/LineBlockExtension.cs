using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Blog.Content.Markdown.LineBlocks;

/// <summary>pandoc's line blocks (<c>| line</c>), for verse and addresses, whose breaks and indentation count.</summary>
internal sealed class LineBlockExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<LineBlockParser>())
        {
            // Before paragraphs, which would otherwise take the line.
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new LineBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<LineBlockRenderer>())
        {
            html.ObjectRenderers.Add(new LineBlockRenderer());
        }
    }
}
