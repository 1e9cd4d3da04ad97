using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.LineBlocks;

/// <summary>
/// The break in front of a line of a line block: a hard one, unless the line goes on from the one
/// above, and then the line's indentation, which pandoc keeps as no-break spaces.
/// </summary>
internal sealed class LineStart(bool hard, int indent) : LeafInline
{
    public bool Hard { get; } = hard;

    public int Indent { get; } = indent;
}
