using Blog.Content.Languages;
using Blog.Content.Markdown.Attributes;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Divs;

/// <summary>
/// Opens a fenced div on a fence line that has its closing fence further down and closes the innermost
/// open div on a line of colons, even in the middle of a paragraph, as pandoc does. Divs nest at most
/// <see cref="MaxDepth"/> deep; a deeper fence is text, so no post can render the stack away.
/// </summary>
internal sealed class FencedDivParser : BlockParser
{
    public const int MaxDepth = 16;

    private static readonly object ClosedFencesKey = typeof(ClosedFences);

    public FencedDivParser()
    {
        OpeningCharacters = [':'];
    }

    // An opening fence does not break a paragraph: it is a line of that paragraph's text.
    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.Text;
        if (!FenceLine.TryOpening(text, line.Start, line.End + 1, out var attributes)
            || !Fences(processor, text).IsClosed(line.Start)
            || Depth(processor) >= MaxDepth)
        {
            return BlockState.None;
        }

        var div = new FencedDivBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
            ContentStart = LineEnd(text, line.End),
            Language = attributes.Pairs.FirstOrDefault(p => p.Key == "lang").Value is { } lang ? LanguageRegistry.Normalize(lang) : null,
        };
        AttributeHtml.Apply(div, attributes);
        processor.NewBlocks.Push(div);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var div = (FencedDivBlock)block;
        var line = processor.Line;
        if (processor.IsCodeIndent || !FenceLine.IsClosing(line.Text, line.Start, line.End + 1) || HasOpenDivInside(div) || EndsInCode(div))
        {
            return BlockState.Continue;
        }

        div.ContentEnd = processor.StartBeforeIndent;
        div.UpdateSpanEnd(line.End);
        return BlockState.BreakDiscard;
    }

    /// <summary>Where the text holds an opening fence that never closes, for the author's warning.</summary>
    public static IReadOnlyList<int> UnclosedFences(MarkdownDocument document) =>
        document.GetData(ClosedFencesKey) is ClosedFences fences ? fences.Unclosed : [];

    private static ClosedFences Fences(BlockProcessor processor, string text)
    {
        if (processor.Document.GetData(ClosedFencesKey) is ClosedFences known)
        {
            return known;
        }

        var fences = ClosedFences.Of(text);
        processor.Document.SetData(ClosedFencesKey, fences);
        return fences;
    }

    private static int Depth(BlockProcessor processor)
    {
        var depth = 0;
        for (Block? block = processor.CurrentContainer; block is not null; block = block.Parent)
        {
            depth += block is FencedDivBlock ? 1 : 0;
        }

        return depth;
    }

    /// <summary>A closing fence belongs to the innermost open div, however deep in lists or quotes it sits.</summary>
    private static bool HasOpenDivInside(ContainerBlock div)
    {
        // Markdig marks every block closed while it offers a line to each: a div's own flag says whether it ended.
        for (var child = div.LastChild; child is ContainerBlock container; child = container.LastChild)
        {
            if (container is FencedDivBlock { HasEnded: false })
            {
                return true;
            }
        }

        return false;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        ((FencedDivBlock)block).HasEnded = true;
        return true;
    }

    /// <summary>A fence line inside fenced code is code.</summary>
    private static bool EndsInCode(ContainerBlock div)
    {
        Block? last = div.LastChild;
        while (last is ContainerBlock container)
        {
            last = container.LastChild;
        }

        return last is FencedCodeBlock { ClosingFencedCharCount: 0 };
    }

    private static int LineEnd(string text, int end)
    {
        var newline = text.IndexOf('\n', Math.Min(text.Length, end));
        return newline < 0 ? text.Length : newline + 1;
    }
}
