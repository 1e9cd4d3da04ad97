namespace Blog.Content.Markdown.Tables;

/// <summary>Reads <see cref="MultilineTableReader"/>'s tables, which begin with a dashed line either way.</summary>
internal sealed class MultilineTableParser : TableKindParser
{
    private readonly bool _headless;

    public MultilineTableParser(bool headless)
    {
        _headless = headless;
        OpeningCharacters = ['-'];
    }

    // pandoc tries a multiline table with a header before simple tables, a headerless one after them.
    public override int Rank => _headless ? 4 : 1;

    protected override TableShape? Read(SourceLines lines) => MultilineTableReader.Read(lines, _headless);

    // Dashes on top, then a header line or, headless, a first row.
    protected override bool MayStart(string text, Piece first, Piece? second) =>
        DashedLine.Is(text, first) && second is { } next && !next.IsBlank(text);
}
