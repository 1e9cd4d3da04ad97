namespace Blog.Content.Markdown.Budget;

/// <summary>A document went past one of <see cref="MarkupBudgetExtension"/>'s limits; the message says which, for the author.</summary>
/// <param name="line">0-based line in the text that was parsed, where the limit was passed.</param>
internal sealed class MarkupLimitException(string message, int line, int column) : Exception(message)
{
    /// <summary>0-based, in the parsed text.</summary>
    public int Line { get; } = line;

    /// <summary>0-based, in the parsed text.</summary>
    public int Column { get; } = column;
}
