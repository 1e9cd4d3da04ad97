namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// <c>\mathbf{…}</c> and the like restyle every letter inside, however deep (<c>\mathbf{x_1}</c> is a
/// bold x with its subscript), as texmath does; a style inside keeps its own.
/// </summary>
internal static class StyledLetters
{
    public static MathNode Apply(MathVariant variant, MathNode node) => node switch
    {
        IdentifierNode { Text: [var c] } => new IdentifierNode(MathAlphabets.Letter(variant, c)),
        SymbolNode { Kind: SymbolKind.Ordinary, Text: [var c] } symbol when char.IsLetter(c) => symbol with { Text = MathAlphabets.Letter(variant, c) },
        RowNode row => new RowNode(All(variant, row.Items)),
        FencedNode fenced => fenced with { Items = All(variant, fenced.Items) },
        ScriptsNode scripts => scripts with
        {
            Base = Apply(variant, scripts.Base),
            Sub = scripts.Sub is null ? null : Apply(variant, scripts.Sub),
            Super = scripts.Super is null ? null : Apply(variant, scripts.Super),
        },
        FractionNode fraction => fraction with { Numerator = Apply(variant, fraction.Numerator), Denominator = Apply(variant, fraction.Denominator) },
        RootNode root => root with { Radicand = Apply(variant, root.Radicand), Index = root.Index is null ? null : Apply(variant, root.Index) },
        AccentNode accent => accent with { Base = Apply(variant, accent.Base), Mark = accent.IsAccent ? accent.Mark : Apply(variant, accent.Mark) },
        WrapperNode wrapper => wrapper with { Content = Apply(variant, wrapper.Content) },
        TableNode table => table with { Rows = Rows(variant, table.Rows) },
        _ => node,
    };

    public static IReadOnlyList<MathNode> All(MathVariant variant, IReadOnlyList<MathNode> nodes)
    {
        var styled = new MathNode[nodes.Count];
        for (var i = 0; i < styled.Length; i++)
        {
            styled[i] = Apply(variant, nodes[i]);
        }

        return styled;
    }

    private static IReadOnlyList<IReadOnlyList<MathNode>>[] Rows(MathVariant variant, IReadOnlyList<IReadOnlyList<IReadOnlyList<MathNode>>> rows)
    {
        var styled = new IReadOnlyList<IReadOnlyList<MathNode>>[rows.Count];
        for (var row = 0; row < styled.Length; row++)
        {
            var cells = new IReadOnlyList<MathNode>[rows[row].Count];
            for (var cell = 0; cell < cells.Length; cell++)
            {
                cells[cell] = All(variant, rows[row][cell]);
            }

            styled[row] = cells;
        }

        return styled;
    }
}
