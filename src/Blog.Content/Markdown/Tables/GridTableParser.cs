namespace Blog.Content.Markdown.Tables;

/// <summary>Reads <see cref="GridTableReader"/>'s tables, which begin with <c>+</c> at the left margin.</summary>
internal sealed class GridTableParser : TableKindParser
{
    public GridTableParser() => OpeningCharacters = ['+'];

    public override int Rank => 5;

    protected override bool MayStart(string text, Piece first, Piece? second) => first.Length > 0 && text[first.Start] == '+';

    protected override TableShape? Read(SourceLines lines) =>
        // No indentation: pandoc reads an indented grid as text.
        lines[0] is { } first && lines.Text[first.Start] == '+' ? GridTableReader.Read(lines) : null;
}
