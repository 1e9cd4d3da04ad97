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

    // With a header, dashes under it; headless, dashes on top and a first row right under them.
    protected override bool MayStart(string text, Piece first, Piece? second) =>
        _headless ? DashedLine.Is(text, first) && second is { } row && !row.IsBlank(text) : DashedLine.Is(text, second);
}
