using Markdig;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Notes;

/// <summary>pandoc's inline notes (<c>^[…]</c>), numbered together with the defined ones (<c>[^1]</c>).</summary>
internal sealed class InlineNoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // First: '^' would otherwise open a superscript, and ']' close a link or a span.
        if (!pipeline.InlineParsers.Contains<InlineNoteParser>())
        {
            pipeline.InlineParsers.Insert(0, new InlineNoteParser());
        }

        DocumentPasses.AddUnwrapped(pipeline, MarkupOf);
        DocumentPasses.Add(pipeline, PassOrder.NoteNumbering, NoteNumbering.Apply);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static (string, string)? MarkupOf(ContainerInline inline) => inline is InlineNote ? ("^[", "]") : null;
}
