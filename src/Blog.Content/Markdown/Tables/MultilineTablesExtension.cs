using Markdig;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Tables;

/// <summary>pandoc's <c>multiline_tables</c>, with and without a header.</summary>
internal sealed class MultilineTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        TableParsers.Insert(pipeline, new MultilineTableParser(headless: false));
        TableParsers.Insert(pipeline, new MultilineTableParser(headless: true));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) => TableRendering.Use(renderer);
}
