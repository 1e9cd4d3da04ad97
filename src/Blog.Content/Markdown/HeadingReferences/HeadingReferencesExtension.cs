using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.HeadingReferences;

/// <summary>
/// pandoc's implicit header references: <c>[Heading text]</c>, <c>[Heading text][]</c> and
/// <c>[text][Heading text]</c> link to the heading, matched without regard to case, unless a link
/// definition of that label exists (it wins, wherever it stands). Two headings with one text: the last
/// is the target, as in pandoc 2.17. A post's language versions are parsed apart, so a reference finds the headings of its
/// own version and the shared text.
/// </summary>
internal sealed class HeadingReferencesExtension : IMarkdownExtension
{
    private static readonly object RegisteredKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers)
        {
            if (parser is HeadingBlockParser or ParagraphBlockParser)
            {
                // Setext headings come from closing paragraphs.
                parser.Closed -= OnClosed;
                parser.Closed += OnClosed;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Waits for the first heading, then for every block to be read (definitions included) before adding any target.</summary>
    private static void OnClosed(BlockProcessor processor, Block block)
    {
        var document = processor.Document;
        if (block is HeadingBlock && document.GetData(RegisteredKey) is null)
        {
            document.SetData(RegisteredKey, true);
            document.ProcessInlinesBegin += AddTargets;
        }
    }

    private static void AddTargets(Markdig.Parsers.InlineProcessor processor, Markdig.Syntax.Inlines.Inline? inline)
    {
        var document = processor.Document;
        document.ProcessInlinesBegin -= AddTargets;
        var targets = new Dictionary<string, HeadingBlock>(StringComparer.OrdinalIgnoreCase);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var label = Label(heading.Lines.ToString());
            if (label.Length > 0)
            {
                targets[label] = heading;
            }
        }

        foreach (var (label, heading) in targets)
        {
            if (!document.TryGetLinkReferenceDefinition(label, out _))
            {
                // Not added as a block: the body's outline takes every definition block for text to share between versions.
                document.SetLinkReferenceDefinition(label, new HeadingReference(label, heading), false);
            }
        }
    }

    /// <summary>
    /// The heading's text with each run of white space one space, trimmed. Most headings are already
    /// so, and keep their string: this runs for every heading of every parse.
    /// </summary>
    private static string Label(string text)
    {
        var tidy = text.Length == 0 || (!char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]));
        for (var i = 0; tidy && i < text.Length; i++)
        {
            tidy = !char.IsWhiteSpace(text[i]) || (text[i] == ' ' && !char.IsWhiteSpace(text[i + 1]));
        }

        if (tidy)
        {
            return text;
        }

        var label = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                label.Append(' ');
                space = false;
            }

            label.Append(c);
        }

        return label.ToString();
    }
}
