using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.LineBlocks;

/// <summary>pandoc's line block (<c>| line</c>): its lines, each read on its own as pandoc reads them.</summary>
internal sealed class LineBlock(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>The source line being read, if it goes on from the line above rather than begins one.</summary>
    public int GoesOnAt { get; set; } = -1;
}

/// <summary>
/// One line of a line block, without its <c>| </c>, with the lines that went on from it (they began
/// with a space). Its further indentation is kept as a count, written as no-break spaces as pandoc does.
/// </summary>
internal sealed class LineBlockLine : LeafBlock
{
    public LineBlockLine(BlockParser parser, int indent)
        : base(parser)
    {
        Indent = indent;
        ProcessInlines = true;
    }

    public int Indent { get; }
}
