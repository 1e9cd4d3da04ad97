using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Blog.Content.Markdown.LinkLabels;

/// <summary>Link definitions and references whose labels hold backslash escapes (<c>[pg\_prove]</c>), as in pandoc.</summary>
internal sealed class EscapedLabelsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<EscapedLabelDefinitionParser>() || pipeline.InlineParsers.Find<LinkInlineParser>() is not { } links)
        {
            return;
        }

        pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new EscapedLabelDefinitionParser());
        pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new EscapedLabelOpener(links));
        pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new EscapedLabelCloser(links));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
