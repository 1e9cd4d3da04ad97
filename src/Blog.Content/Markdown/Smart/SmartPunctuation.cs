using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Smart;

/// <summary>
/// Applies pandoc's smart punctuation to every level of inline text of a parsed document: paragraphs,
/// headings, table cells, and, inside them, emphasis, link text and picture descriptions. Code, raw
/// HTML, autolinks and bare links are never text here, so they keep what was written.
/// </summary>
internal static class SmartPunctuation
{
    // A parse on a thread runs to its end before the next starts there, so each thread reuses one walker.
    [ThreadStatic]
    private static Walker? t_walker;

    public static void Apply(MarkdownDocument document) => (t_walker ??= new Walker()).Apply(document);

    private sealed class Walker
    {
        private readonly Stack<(ContainerInline Inlines, QuoteContext Context)> _levels = new();
        private readonly Stack<ContainerBlock> _blocks = new();
        private readonly InlineRun _run;

        public Walker() => _run = new InlineRun(_levels);

        public void Apply(MarkdownDocument document)
        {
            _blocks.Push(document);
            while (_blocks.TryPop(out var container))
            {
                foreach (var block in container)
                {
                    if (block is ContainerBlock inner)
                    {
                        _blocks.Push(inner);
                    }
                    else if (block is LeafBlock { Inline: { } inlines })
                    {
                        _levels.Push((inlines, QuoteContext.None));
                        while (_levels.TryPop(out var level))
                        {
                            _run.Apply(level.Inlines, level.Context);
                        }
                    }
                }
            }
        }
    }
}

/// <summary>The quotation a level of text is in, as pandoc tracks it: a quote of the same kind cannot open inside.</summary>
internal enum QuoteContext : byte
{
    None,
    Single,
    Double,
}
