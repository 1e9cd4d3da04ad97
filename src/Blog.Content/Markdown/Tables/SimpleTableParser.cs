namespace Blog.Content.Markdown.Tables;

/// <summary>Reads <see cref="SimpleTableReader"/>'s tables: headerless from their top dashes, with a header from its line.</summary>
internal sealed class SimpleTableParser : TableKindParser
{
    private readonly bool _headless;

    public SimpleTableParser(bool headless)
    {
        _headless = headless;
        // A header line may begin with anything, so that parser is offered every line.
        OpeningCharacters = headless ? ['-'] : null;
    }

    public override int Rank => _headless ? 2 : 3;

    protected override TableShape? Read(SourceLines lines) => SimpleTableReader.Read(lines, _headless);
}
