using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Autolinks;

/// <summary>
/// pandoc marks an autolink (<c>&lt;https://…&gt;</c>) with <c>class="uri"</c>, and an e-mail autolink
/// with <c>class="email"</c>; the blog's autolinks carry the same class.
/// </summary>
internal sealed class UriClassExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Mark;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Mark(MarkdownDocument document)
    {
        // An autolink with attributes of its own (<https://…>{.c}, even {}) has only those, as in pandoc.
        foreach (var link in document.Descendants<AutolinkInline>().Where(link => link.TryGetAttributes() is null))
        {
            link.GetAttributes().AddClass(link.IsEmail ? "email" : "uri");
        }
    }
}
