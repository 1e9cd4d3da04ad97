using Markdig;
using Markdig.Renderers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown;

/// <summary>
/// An extension that only reshapes the parsed document (pandoc's markup where CommonMark's differs in
/// shape alone): one pass once parsing is done, registered once however often the builder is set up.
/// </summary>
internal abstract class DocumentPassExtension : IMarkdownExtension
{
    private readonly ProcessDocumentDelegate _pass;

    protected DocumentPassExtension() => _pass = Process;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= _pass;
        pipeline.DocumentProcessed += _pass;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    protected abstract void Process(MarkdownDocument document);
}
