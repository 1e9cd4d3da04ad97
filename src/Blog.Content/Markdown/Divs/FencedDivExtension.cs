using Markdig;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Divs;

/// <summary>pandoc's fenced divs (<c>::: {.note}</c> … <c>:::</c>); a top-level one with <c>lang</c> is a language section.</summary>
internal sealed class FencedDivExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<FencedDivParser>())
        {
            pipeline.BlockParsers.Insert(0, new FencedDivParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<FencedDivRenderer>();
        }
    }
}
