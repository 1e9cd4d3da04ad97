using Markdig.Syntax;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// How much text the table parsers may read ahead in one document: a few times its length, which
/// real tables never come near (each line is read once by a table that is found, and attempts that
/// fail mostly fail on their first lines), while text built to make every attempt read to the end
/// stays linear: once spent, no further table of these kinds is looked for.
/// </summary>
internal sealed class LookaheadBudget
{
    private static readonly object Key = new();

    private long _remaining;

    private LookaheadBudget(long remaining) => _remaining = remaining;

    public static LookaheadBudget Of(MarkdownDocument document, int textLength)
    {
        if (document.GetData(Key) is not LookaheadBudget budget)
        {
            budget = new LookaheadBudget((8L * textLength) + 100_000);
            document.SetData(Key, budget);
        }

        return budget;
    }

    public bool TrySpend(int characters)
    {
        if (_remaining < characters)
        {
            _remaining = 0;
            return false;
        }

        _remaining -= characters;
        return true;
    }
}
