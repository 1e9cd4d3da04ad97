using System.Globalization;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Budget;

/// <summary>
/// Counts the places where a block could start, and runs of lines that begin with <c>[</c> (link
/// definitions, which Markdig takes out of a paragraph one by one, shifting the rest each time). Never
/// opens a block. Lines inside code blocks are never offered to it: the code block takes them first.
/// </summary>
internal sealed class BlockBudgetParser : BlockParser
{
    private static readonly object StateKey = new();

    private static readonly string TooManyBlocks = string.Create(CultureInfo.InvariantCulture,
        $"the post has more than {MarkupBudgetExtension.MaxBlockStarts:N0} paragraphs, list items, quotes and other blocks; split it into several posts");

    private static readonly string TooManyDefinitions = string.Create(CultureInfo.InvariantCulture,
        $"more than {MarkupBudgetExtension.MaxConsecutiveDefinitions:N0} lines in a row begin with '[' (link definitions); put a blank line between some of them");

    /// <param name="global">Offered every line where no other parser opened a block; otherwise offered the container and block marks.</param>
    public BlockBudgetParser(bool global)
    {
        OpeningCharacters = global ? null : ['>', '-', '+', '*', '#', ':', '|', '[', '`', '~', '<', '=', '_', '(', '@', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var state = processor.Document.GetData(StateKey) as State;
        if (state is null)
        {
            state = new State();
            processor.Document.SetData(StateKey, state);
        }

        if (++state.Starts > MarkupBudgetExtension.MaxBlockStarts)
        {
            throw new MarkupLimitException(TooManyBlocks, processor.LineIndex, processor.Column);
        }

        // Only lines that would go on the same paragraph: each item of a task list ("- [ ]") has its own.
        if (processor.CurrentChar == '[' && OpeningCharacters is not null && state.DefinitionLine != processor.LineIndex)
        {
            var sameParagraph = state.DefinitionLine == processor.LineIndex - 1 && processor.CurrentBlock is ParagraphBlock;
            state.DefinitionRun = sameParagraph ? state.DefinitionRun + 1 : 1;
            state.DefinitionLine = processor.LineIndex;
            if (state.DefinitionRun > MarkupBudgetExtension.MaxConsecutiveDefinitions)
            {
                throw new MarkupLimitException(TooManyDefinitions, processor.LineIndex, processor.Column);
            }
        }

        return BlockState.None;
    }

    private sealed class State
    {
        public int Starts;
        public int DefinitionLine = -2;
        public int DefinitionRun;
    }
}
