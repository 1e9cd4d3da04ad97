using Markdig;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Smart;

/// <summary>
/// pandoc's <c>smart</c> extension, on in pandoc's Markdown by default: straight quotes become curly
/// ones, <c>--</c> and <c>---</c> dashes, <c>...</c> an ellipsis, and the space after an abbreviation
/// such as <c>Mr.</c> a no-break space. The text of the syntax tree itself changes, not only the HTML
/// written from it, so titles, heading ids, the table of contents, summaries, feeds and search, which
/// all read that text, show what the body shows.
/// </summary>
/// <remarks>
/// Markdig's SmartyPants extension follows other rules (it keeps <c>don't</c>, <c>'90s</c> and
/// <c>a"b"</c> straight, pairs <c>*x*'y'</c>, writes entities) and leaves its marks in nodes of its own
/// that the blog's text extraction would drop, so pandoc's rules are applied here instead, once the
/// document is parsed and emphasis, links, code and raw HTML are known.
/// </remarks>
internal sealed class SmartPunctuationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        DocumentPasses.Add(pipeline, PassOrder.SmartPunctuation, document => SmartPunctuation.Apply(document.Document));

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
