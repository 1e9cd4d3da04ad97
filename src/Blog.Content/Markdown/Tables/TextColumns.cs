using System.Globalization;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// Columns of text as pandoc counts them: a wide (East Asian) character takes two, a combining mark
/// none, so that text lines up under the dashes the way it looks in a monospace editor.
/// </summary>
internal static class TextColumns
{
    public static int Width(char c)
    {
        if (c < 0x300)
        {
            return 1;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        return IsWide(c) ? 2 : 1;
    }

    /// <summary>
    /// pandoc's <c>splitTextByIndices</c> on <c>text[start..end)</c>: pieces cut at the given columns
    /// (counted from <paramref name="start"/>), the last piece holding the rest of the line.
    /// </summary>
    public static List<Piece> Split(string text, int start, int end, IReadOnlyList<int> cuts)
    {
        var pieces = new List<Piece>(cuts.Count + 1);
        var at = start;
        var column = 0;
        foreach (var cut in cuts)
        {
            var from = at;
            while (at < end && column < cut)
            {
                column += Width(text[at]);
                at++;
            }

            pieces.Add(new Piece(from, at));
        }

        pieces.Add(new Piece(at, end));
        return pieces;
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
