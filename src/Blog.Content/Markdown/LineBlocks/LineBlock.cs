using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.LineBlocks;

/// <summary>
/// pandoc's line block (<c>| line</c>): its lines hold their breaks and their indentation. The text of
/// each line, without its <c>| </c>, is a line of the block's inlines; a line that went on from the one
/// above (it began with a space) is known by its source line, so its break stays a soft one.
/// </summary>
internal sealed class LineBlock : LeafBlock
{
    public LineBlock(BlockParser parser)
        : base(parser) => ProcessInlines = true;

    /// <summary>Source lines that continue the line above rather than start one.</summary>
    public HashSet<int> Continuations { get; } = [];

    /// <summary>Spaces that indented each line after its <c>| </c>, by source line; pandoc keeps them as no-break spaces.</summary>
    public Dictionary<int, int> Indents { get; } = [];
}
