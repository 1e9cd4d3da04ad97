using Markdig;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// pandoc's <c>$…$</c> and <c>$$…$$</c> math, written as MathML (as <c>pandoc --mathml</c> writes it). The folder is Math;
/// the namespace is Mathematics so that it does not hide <see cref="System.Math"/> from the rest of Blog.Content.Markdown.
/// </summary>
internal sealed class MathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // First, so the whole formula is taken before any parser could read a character inside it;
        // no other parser starts on '$'.
        if (!pipeline.InlineParsers.Contains<MathInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, new MathInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<MathRenderer>();
        }
    }
}
