using Markdig.Syntax;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// The document's lines as the table parsers read ahead in them, split once per document rather than
/// once per attempt, with the answers that decide an attempt without reading it to its end: where the
/// next dashed line, the next footer and the next blank line are. An attempt that would fail only at
/// the end of the text (no bottom border anywhere below it) then fails at once; without that, each
/// dashed line of a post with no bottom border read the rest of the post, which made parsing quadratic.
/// </summary>
internal sealed class DocumentLines
{
    private static readonly object Key = new();

    private readonly List<Piece> _lines = [];
    private int _next;
    private int[]? _nextDashed;
    private int[]? _nextFooter;
    private int[]? _nextStop;

    private DocumentLines(string text) => Text = text;

    public string Text { get; }

    /// <summary>
    /// How many times a table parser has asked for a line: the work of reading ahead, which stays
    /// within a few times the document's line count whatever the text.
    /// </summary>
    public long LinesRead { get; private set; }

    public static DocumentLines Of(MarkdownDocument document, string text)
    {
        // Keyed on the text as well: a document is parsed from one text, but a stale entry must never serve another.
        if (document.GetData(Key) is not DocumentLines lines || !ReferenceEquals(lines.Text, text))
        {
            lines = new DocumentLines(text);
            document.SetData(Key, lines);
        }

        return lines;
    }

    /// <summary>What <see cref="LinesRead"/> came to for a parsed document; 0 when no table was looked for.</summary>
    public static long LinesReadIn(MarkdownDocument document) => (document.GetData(Key) as DocumentLines)?.LinesRead ?? 0;

    /// <summary>The index of the line that starts at <paramref name="start"/> (Markdig hands out whole lines, so one does).</summary>
    public int IndexAt(int start)
    {
        while ((_lines.Count == 0 || _lines[^1].Start < start) && Split())
        {
        }

        var at = _lines.BinarySearch(new Piece(start, start), StartComparer.Instance);
        return at >= 0 ? at : ~at;
    }

    /// <summary>Line <paramref name="index"/>, without its line break; null past the end.</summary>
    public Piece? this[int index]
    {
        get
        {
            LinesRead++;
            while (_lines.Count <= index)
            {
                if (!Split())
                {
                    return null;
                }
            }

            return index < 0 ? null : _lines[index];
        }
    }

    /// <summary>The first dashed line at or after <paramref name="index"/>; -1 when there is none.</summary>
    public int NextDashed(int index) => Lookup(_nextDashed ??= Scan(i => DashedLine.Is(Text, _lines[i])), index);

    /// <summary>The first footer (<see cref="SimpleTableReader.IsFooter"/>) at or after <paramref name="index"/>; -1 when there is none.</summary>
    public int NextFooter(int index) => Lookup(_nextFooter ??= Scan(IsFooter), index);

    /// <summary>The first blank line or footer at or after <paramref name="index"/>, where a simple table's rows stop; -1 at the end.</summary>
    public int NextStop(int index) => Lookup(_nextStop ??= Scan(i => _lines[i].IsBlank(Text) || IsFooter(i)), index);

    private bool IsFooter(int i) => DashedLine.Is(Text, _lines[i]) && (i + 1 >= _lines.Count || _lines[i + 1].IsBlank(Text));

    private static int Lookup(int[] next, int index) => index < 0 ? -1 : index < next.Length ? next[index] : -1;

    /// <summary>For every line, the first line at or after it that <paramref name="matches"/>: one pass from the end, once per document.</summary>
    private int[] Scan(Func<int, bool> matches)
    {
        while (Split())
        {
        }

        var next = new int[_lines.Count];
        var found = -1;
        for (var i = _lines.Count - 1; i >= 0; i--)
        {
            found = matches(i) ? i : found;
            next[i] = found;
        }

        return next;
    }

    /// <summary>Adds the next line; false at the end of the text.</summary>
    private bool Split()
    {
        if (_next > Text.Length || (_next == Text.Length && _lines.Count > 0))
        {
            return false;
        }

        var end = Text.IndexOf('\n', _next);
        end = end < 0 ? Text.Length : end;
        _lines.Add(new Piece(_next, end > _next && Text[end - 1] == '\r' ? end - 1 : end));
        _next = end + 1;
        return true;
    }

    private sealed class StartComparer : IComparer<Piece>
    {
        public static readonly StartComparer Instance = new();

        public int Compare(Piece x, Piece y) => x.Start.CompareTo(y.Start);
    }
}
