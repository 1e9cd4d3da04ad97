using Markdig;
using Markdig.Renderers;

namespace Blog.Content.Markdown;

/// <summary>
/// An extension that only reshapes the parsed document (pandoc's markup where CommonMark's differs in
/// shape alone): one pass once parsing is done, at its place among the others (<see cref="DocumentPasses"/>),
/// registered once however often the builder is set up.
/// </summary>
internal abstract class DocumentPassExtension : IMarkdownExtension
{
    private readonly Action<ParsedDocument> _pass;

    protected DocumentPassExtension() => _pass = Process;

    protected abstract PassOrder Order { get; }

    public void Setup(MarkdownPipelineBuilder pipeline) => DocumentPasses.Add(pipeline, Order, _pass);

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    protected abstract void Process(ParsedDocument document);
}
