using Markdig.Syntax;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// The lines of the source from where a table might start, read on demand: pandoc decides a table by
/// looking ahead, which Markdig's line-at-a-time parsers cannot. Every line read is charged to the
/// document's <see cref="LookaheadBudget"/>, so attempts that fail late cannot add up to quadratic time.
/// </summary>
internal sealed class SourceLines
{
    private readonly List<Piece> _lines = [];
    private readonly LookaheadBudget _budget;
    private int _next;

    public SourceLines(string text, int start, MarkdownDocument document)
    {
        Text = text;
        _next = start;
        _budget = LookaheadBudget.Of(document, text.Length);
    }

    public string Text { get; }

    /// <summary>Line <paramref name="index"/> from the first, without its line break; null past the end (or the budget).</summary>
    public Piece? this[int index]
    {
        get
        {
            while (_lines.Count <= index)
            {
                if (_next > Text.Length || (_next == Text.Length && _lines.Count > 0) || !_budget.TrySpend(1))
                {
                    return null;
                }

                var end = Text.IndexOf('\n', _next);
                end = end < 0 ? Text.Length : end;
                var line = new Piece(_next, end > _next && Text[end - 1] == '\r' ? end - 1 : end);
                if (!_budget.TrySpend(end - _next))
                {
                    return null;
                }

                _lines.Add(line);
                _next = end + 1;
            }

            return _lines[index];
        }
    }

    /// <summary>A blank line, or the end of the text (pandoc's <c>blanklines'</c> accepts both).</summary>
    public bool IsBlankOrEnd(int index) => this[index] is not { } line || line.IsBlank(Text);

    public bool IsBlank(int index) => this[index] is { } line && line.IsBlank(Text);

    public char CharAt(Piece line, int offset) => offset < line.Length ? Text[line.Start + offset] : '\0';
}
