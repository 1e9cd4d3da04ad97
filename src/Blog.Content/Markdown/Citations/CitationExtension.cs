using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.Citations;

/// <summary>
/// Citations as pandoc shows them without a bibliography: the text as written in a
/// <c>&lt;span class="citation" data-cites="key1 key2"&gt;</c>, never eaten as a link or as text.
/// </summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            // Before links: "[@key]" is a citation, "[text](url)" stays a link (the parser leaves those alone).
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
        {
            html.ObjectRenderers.Add(new CitationRenderer());
        }
    }

    private sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
    {
        protected override void Write(HtmlRenderer renderer, CitationInline citation)
        {
            if (!renderer.EnableHtmlForInline)
            {
                renderer.WriteEscape(citation.Text);
                return;
            }

            renderer.Write("<span class=\"citation\" data-cites=\"").WriteEscape(string.Join(' ', citation.Keys)).Write("\">");
            renderer.WriteEscape(citation.Text);
            renderer.Write("</span>");
        }
    }
}
