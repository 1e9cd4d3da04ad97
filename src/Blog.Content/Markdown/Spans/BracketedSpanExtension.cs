using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Spans;

/// <summary>pandoc's bracketed spans: <c>[text]{#id .class key=value}</c> is <c>&lt;span&gt;</c> with those attributes.</summary>
internal sealed class BracketedSpanExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<BracketedSpanParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new BracketedSpanParser());
        }

        DocumentPasses.AddUnwrapped(pipeline, MarkupOf);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<SpanRenderer>();
        }
    }

    private static (string, string)? MarkupOf(ContainerInline inline) =>
        inline is SpanInline span ? ("[", "]" + span.AttributeText) : null;
}
