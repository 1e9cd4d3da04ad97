using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.TaskLists;

/// <summary>
/// Markdig's task box, only where pandoc reads one: <c>[ ]</c>, <c>[x]</c> or <c>[X]</c> opening the
/// first paragraph of a list item and followed by a space. Elsewhere (<c>- a plain [x] here</c>,
/// <c>- [x]{.c} a span</c>) the brackets are text, or a span.
/// </summary>
internal sealed class TaskMarkParser : InlineParser
{
    private readonly TaskListInlineParser _markdig;

    public TaskMarkParser(TaskListInlineParser markdig)
    {
        _markdig = markdig;
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        processor.Inline is null
        && processor.Block is { Parent: ListItemBlock item } paragraph
        && item.IndexOf(paragraph) == 0
        && slice.PeekCharExtra(3) is ' ' or '\t'
        && _markdig.Match(processor, ref slice);
}
