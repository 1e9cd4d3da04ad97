using Markdig.Extensions.Tables;
using Markdig.Parsers;

namespace Blog.Content.Markdown.Tables;

/// <summary>A table read ahead by one of the <see cref="TableKindParser"/>s: the source lines it still has to take.</summary>
internal sealed class ReadTable(BlockParser parser) : Table(parser)
{
    public int LinesLeft { get; set; }
}
