using Markdig;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Tables;

/// <summary>pandoc's <c>simple_tables</c>, with and without a header line.</summary>
internal sealed class SimpleTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        TableParsers.Insert(pipeline, new SimpleTableParser(headless: true));
        TableParsers.Insert(pipeline, new SimpleTableParser(headless: false));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) => TableRendering.Use(renderer);
}
