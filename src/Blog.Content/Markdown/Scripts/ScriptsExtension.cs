using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Scripts;

/// <summary>
/// pandoc's strikeout (<c>~~gone~~</c>), subscript (<c>H~2~O</c>) and superscript (<c>2^10^</c>),
/// and its escaped space, <c>\ </c>, a non-breaking space that lets a subscript hold a space.
/// </summary>
internal sealed class ScriptsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before tables and emphasis: marks left open are text before a table row is cut into cells
        // and before emphasis is matched around them.
        if (!pipeline.InlineParsers.Contains<ScriptParser>())
        {
            if (pipeline.InlineParsers.Contains<PipeTableParser>())
            {
                pipeline.InlineParsers.InsertBefore<PipeTableParser>(new ScriptParser());
            }
            else
            {
                pipeline.InlineParsers.InsertBefore<EmphasisInlineParser>(new ScriptParser());
            }
        }

        if (!pipeline.InlineParsers.Contains<EscapedSpaceParser>())
        {
            pipeline.InlineParsers.InsertBefore<EscapeInlineParser>(new EscapedSpaceParser());
        }

        DocumentPasses.AddUnwrapped(pipeline, MarkupOf);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<ScriptRenderer>();
        }
    }

    private static (string, string)? MarkupOf(ContainerInline inline) =>
        inline is ScriptInline script ? (script.Kind.Mark(), script.Kind.Mark()) : null;
}
