using Markdig.Extensions.Tables;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc's <c>alignType</c>: a column's alignment from where its header text sits over its dashes;
/// flush left is left, flush right is right, neither is centred, both is the default.
/// </summary>
internal static class ColumnAlignment
{
    public static TableColumnAlign? Of(string text, IEnumerable<Piece> header, int dashes)
    {
        Piece? shortest = null;
        foreach (var piece in header)
        {
            var trimmed = piece.TrimEnd(text);
            if (trimmed.Length > 0 && (shortest is null || trimmed.Length < shortest.Value.Length))
            {
                shortest = trimmed;
            }
        }

        if (shortest is not { } x)
        {
            return null;
        }

        var leftSpace = text[x.Start] is ' ' or '\t';
        var rightSpace = x.Length < dashes;
        return (leftSpace, rightSpace) switch
        {
            (true, false) => TableColumnAlign.Right,
            (false, true) => TableColumnAlign.Left,
            (true, true) => TableColumnAlign.Center,
            _ => null,
        };
    }
}
