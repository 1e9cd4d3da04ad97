using Markdig.Extensions.DefinitionLists;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// A <c>: caption</c> line after a pipe table: Markdig finds pipe tables only once inlines are parsed,
/// so while blocks are read the table is still a paragraph, and its definition lists would take that
/// paragraph for a term. pandoc reads the table first; here the line starts a paragraph of its own,
/// which <see cref="TableCaptionsExtension"/> then makes the table's caption.
/// </summary>
internal sealed class ColonCaptionParser : BlockParser
{
    public ColonCaptionParser() => OpeningCharacters = [':'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.LastBlock is not ParagraphBlock { Lines.Count: >= 2 } previous || !IsPipeSeparator(previous.Lines.Lines[1].Slice.ToString()))
        {
            return BlockState.None;
        }

        var paragraphs = processor.Parsers.Find<ParagraphBlockParser>();
        return paragraphs is null ? BlockState.None : paragraphs.TryOpen(processor);
    }

    private static bool IsPipeSeparator(string line) =>
        line.Contains('-', StringComparison.Ordinal) && line.Contains('|', StringComparison.Ordinal) && line.All(c => c is '-' or '|' or ':' or '+' or ' ' or '\t');

    /// <summary>In front of Markdig's definition lists, once.</summary>
    public static void Insert(Markdig.Helpers.OrderedList<BlockParser> parsers)
    {
        if (parsers.Contains<ColonCaptionParser>())
        {
            return;
        }

        var at = parsers.FindIndex(p => p is DefinitionListParser);
        parsers.Insert(at < 0 ? 0 : at, new ColonCaptionParser());
    }
}
