namespace Blog.Content.Markdown.Mathematics;

internal sealed partial class TexParser
{
    /// <summary><c>\begin{name} … \end{name}</c>: matrices, cases and alignments, as texmath writes them.</summary>
    private MathNode Environment(int end)
    {
        var name = BracedName(end);
        var bare = name.TrimEnd('*');
        string? spec = null;
        if (bare is "array" or "alignat" or "alignedat" && !AtEnd(end) && Current.Kind == TexTokenKind.OpenBrace)
        {
            spec = bare == "array" ? BracedName(end) : null;
            if (bare != "array")
            {
                BracedName(end);
            }
        }

        var (open, close, alignment) = bare switch
        {
            "matrix" or "smallmatrix" => ("", "", "c"),
            "pmatrix" => ("(", ")", "c"),
            "bmatrix" => ("[", "]", "c"),
            "Bmatrix" => ("{", "}", "c"),
            "vmatrix" => ("∣", "∣", "c"),
            "Vmatrix" => ("∥", "∥", "c"),
            "cases" => ("{", "", "l"),
            "aligned" or "align" or "split" or "alignat" or "alignedat" => ("", "", "rl"),
            "gather" or "gathered" or "multline" => ("", "", "c"),
            "eqnarray" => ("", "", "rcl"),
            "array" => ("", "", spec ?? "c"),
            _ => throw new TexException($"unknown environment {name}"),
        };

        Enter();
        var rows = Rows(end, name);
        Leave();

        // texmath aligns the columns of the first row as the environment says, and centres any others
        // (alignments repeat for aligned, whose pairs of columns are all right then left).
        var letters = bare == "array" ? alignment.Where(c => c is 'l' or 'c' or 'r').ToArray() : alignment.ToCharArray();
        var firstRow = rows.Count > 0 ? rows[0].Count : 0;
        var widest = rows.Count > 0 ? rows.Max(r => r.Count) : 0;
        var alignments = new string?[widest];
        for (var column = 0; column < widest; column++)
        {
            var letter = bare == "array" ? (column < letters.Length ? letters[column] : 'c')
                : column < firstRow || alignment.Length > 1 ? letters[column % letters.Length]
                : 'c';
            alignments[column] = letter switch { 'l' => "left", 'r' => "right", _ => "center" };
        }

        var table = new TableNode(alignments, rows);
        return open.Length == 0 && close.Length == 0 ? table : new FencedNode(open, close, [table]);
    }

    /// <summary>Rows of cells up to <c>\end{name}</c>; a last <c>\\</c> before it adds no empty row.</summary>
    private List<IReadOnlyList<IReadOnlyList<MathNode>>> Rows(int end, string name)
    {
        var rows = new List<IReadOnlyList<IReadOnlyList<MathNode>>>();
        var cells = new List<IReadOnlyList<MathNode>>();
        while (true)
        {
            cells.Add(List(end));
            if (AtEnd(end))
            {
                throw new TexException($"\\begin{{{name}}} is never ended");
            }

            var token = Current;
            _at++;
            if (token.Kind == TexTokenKind.Ampersand)
            {
                continue;
            }

            if (token.IsCommand("\\"))
            {
                SkipRowSpacing(end);
                rows.Add(cells);
                cells = [];
                if (!AtEnd(end) && Current.IsCommand("end"))
                {
                    _at++;
                    break;
                }

                continue;
            }

            if (token.IsCommand("end"))
            {
                rows.Add(cells);
                break;
            }

            throw new TexException(Unexpected(token));
        }

        var ended = BracedName(end);
        if (ended != name)
        {
            throw new TexException($"\\begin{{{name}}} is ended by \\end{{{ended}}}");
        }

        return rows;
    }

    /// <summary><c>\substack{i&lt;n \\ j&lt;m}</c>: centred lines, each a row of its own.</summary>
    private TableNode Substack(int end)
    {
        if (AtEnd(end) || Current.Kind != TexTokenKind.OpenBrace || _fences.Partner(_at) < 0)
        {
            throw new TexException("\\substack needs its lines in braces");
        }

        var close = _fences.Partner(_at);
        _at++;
        var rows = new List<IReadOnlyList<IReadOnlyList<MathNode>>>();
        Enter();
        while (true)
        {
            rows.Add([[RowNode.Of(List(close))]]);
            if (_at < close && Current.IsCommand("\\"))
            {
                _at++;
                continue;
            }

            break;
        }

        Leave();
        Expect(close);
        return new TableNode(["center"], rows);
    }

    /// <summary><c>\\[2pt]</c>: the extra space after a row, which texmath does not show.</summary>
    private void SkipRowSpacing(int end)
    {
        if (AtEnd(end) || !Current.IsChar('['))
        {
            return;
        }

        while (!AtEnd(end) && !Current.IsChar(']'))
        {
            _at++;
        }

        _at++;
    }

    /// <summary>A name in braces (<c>{pmatrix}</c>, <c>{lcr}</c>), as written.</summary>
    private string BracedName(int end)
    {
        if (AtEnd(end) || Current.Kind != TexTokenKind.OpenBrace || _fences.Partner(_at) < 0)
        {
            throw new TexException("a name in braces is missing after \\begin or \\end");
        }

        var close = _fences.Partner(_at);
        var name = _tex[Current.End.._tokens[close].Start].Trim();
        _at = close + 1;
        return name;
    }
}
