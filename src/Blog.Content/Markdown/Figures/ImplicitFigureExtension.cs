using Markdig;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Figures;

/// <summary>Pictures alone in their paragraphs become figures, as pandoc's <c>implicit_figures</c> makes them.</summary>
internal sealed class ImplicitFigureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        DocumentPasses.Add(pipeline, PassOrder.ImplicitFigures, ImplicitFigures.Apply);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<ImplicitFigureRenderer>();
            html.ObjectRenderers.AddIfNotAlready<ParagraphEndBreak.Renderer>();
        }
    }
}
