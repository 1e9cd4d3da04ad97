namespace Blog.Content.Markdown.Tables;

/// <summary>
/// The lines of the source from where a table might start: pandoc decides a table by looking ahead,
/// which Markdig's line-at-a-time parsers cannot. A window on the document's <see cref="DocumentLines"/>,
/// so that attempts share one split of the text and its answers about what lies further down.
/// </summary>
internal sealed class SourceLines
{
    private readonly DocumentLines _document;
    private readonly int _first;

    public SourceLines(DocumentLines document, int start)
    {
        _document = document;
        _first = document.IndexAt(start);
    }

    public string Text => _document.Text;

    /// <summary>Line <paramref name="index"/> from the first, without its line break; null past the end.</summary>
    public Piece? this[int index] => _document[_first + index];

    /// <summary>A blank line, or the end of the text (pandoc's <c>blanklines'</c> accepts both).</summary>
    public bool IsBlankOrEnd(int index) => this[index] is not { } line || line.IsBlank(Text);

    public bool IsBlank(int index) => this[index] is { } line && line.IsBlank(Text);

    /// <summary>Whether a dashed line comes at or after line <paramref name="index"/> (from the first).</summary>
    public bool HasDashedFrom(int index) => _document.NextDashed(_first + index) >= 0;

    /// <summary>Whether a footer comes at or after line <paramref name="index"/> (from the first).</summary>
    public bool HasFooterFrom(int index) => _document.NextFooter(_first + index) >= 0;

    /// <summary>Whether the first blank line or footer at or after line <paramref name="index"/> is a footer.</summary>
    public bool StopsAtFooterFrom(int index) => _document.NextStop(_first + index) is var stop && stop >= 0 && _document.NextFooter(stop) == stop;

    public char CharAt(Piece line, int offset) => offset < line.Length ? Text[line.Start + offset] : '\0';
}
