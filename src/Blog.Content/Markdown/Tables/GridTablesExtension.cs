using Markdig;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc 2.17's <c>grid_tables</c>. Not Markdig's <c>UseGridTables()</c>: that one reads column spans
/// pandoc 2.17 does not, needs the bottom border pandoc does without, takes no alignment from the
/// header's <c>=</c> line and gives no widths, so its tables differ from pandoc's in shape, not only in markup.
/// </summary>
internal sealed class GridTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => TableParsers.Insert(pipeline, new GridTableParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) => TableRendering.Use(renderer);
}
