using Markdig;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// Puts each kind of table's parser in front of Markdig's own (a table's dashed line would otherwise
/// be a thematic break, its <c>+</c> a list), in pandoc's order among the kinds, once.
/// </summary>
internal static class TableParsers
{
    public static void Insert(MarkdownPipelineBuilder pipeline, TableKindParser parser)
    {
        var parsers = pipeline.BlockParsers;
        if (parsers.Any(p => p is TableKindParser other && other.GetType() == parser.GetType() && other.Rank == parser.Rank))
        {
            return;
        }

        var at = 0;
        for (var i = 0; i < parsers.Count; i++)
        {
            if (parsers[i] is TableKindParser other)
            {
                if (other.Rank > parser.Rank)
                {
                    at = i;
                    break;
                }

                at = i + 1;
            }
        }

        parsers.Insert(at, parser);
    }
}
