namespace Blog.Content.Search;

/// <summary>
/// The distinct search words of one language version, folded for diacritics, found once when the post
/// is parsed (in parallel with the other posts) so that building a catalog's search index costs nothing.
/// </summary>
public sealed record SearchTerms(string[] Title, string[] Keywords, string[] Summary, string[] Body)
{
    public static SearchTerms Empty { get; } = new([], [], [], []);

    internal static SearchTerms Of(string title, string? subtitle, IEnumerable<string> keywords, string? summary, string body, WordPool words) => new(
        Distinct(title + " " + subtitle, words),
        Distinct(string.Join(' ', keywords), words),
        Distinct(summary ?? string.Empty, words),
        Distinct(body, words));

    /// <summary>Each word once, in order of first use; pooled first, so equal words are the same string.</summary>
    private static string[] Distinct(string text, WordPool words)
    {
        var folded = SearchText.Fold(text);
        var seen = new HashSet<string>(ReferenceEqualityComparer.Instance);
        foreach (var range in SearchText.WordRanges(folded))
        {
            seen.Add(words.Share(folded.AsSpan(range)));
        }

        return [.. seen];
    }
}
