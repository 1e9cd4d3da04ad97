using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Blog.Content.Markdown.HtmlBlocks;

/// <summary>pandoc's Markdown inside block-level HTML (<c>markdown_in_html_blocks</c>).</summary>
internal sealed class MarkdownInHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<HtmlTagLineParser>())
        {
            pipeline.BlockParsers.InsertBefore<HtmlBlockParser>(new HtmlTagLineParser());
            DocumentPasses.Add(pipeline, PassOrder.PlainParagraphs, PlainParagraphs.Apply);
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlTagLineRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlTagLineRenderer());
            html.ObjectRenderers.Add(new PlainBlockRenderer());
        }
    }
}
