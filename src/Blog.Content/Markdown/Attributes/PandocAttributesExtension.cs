using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Blog.Content.Markdown.Attributes;

/// <summary>
/// Attributes (<c>{#id .class key=value}</c>) only where pandoc reads them: on headings, fenced code,
/// code spans, inline links and pictures, and autolinks (bracketed spans read their own). Markdig's
/// generic attributes took a brace block after anything, so <c>a {b} c</c> lost its braces and
/// <c>$\frac{dC}{dQ}$</c> gave its paragraph attributes <c>dC</c> and <c>dQ</c>.
/// </summary>
internal sealed class PandocAttributesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.TryParseAttributes = BlockAttributes.ForHeading;
        }

        if (pipeline.BlockParsers.Find<FencedCodeBlockParser>() is { } fences)
        {
            fences.TryParseAttributes = BlockAttributes.ForFencedCode;
        }

        pipeline.InlineParsers.AddIfNotAlready<InlineAttributesParser>();
        DocumentPasses.Add(pipeline, PassOrder.RawCode, RawCode.ReplaceBlocks);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
