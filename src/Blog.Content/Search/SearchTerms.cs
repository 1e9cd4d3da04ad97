namespace Blog.Content.Search;

/// <summary>
/// The distinct search words of one language version, folded for diacritics, found once when the post
/// is parsed (in parallel with the other posts) so that building a catalog's search index costs nothing.
/// Each array holds every word once, sorted with <see cref="StringComparer.Ordinal"/>, so the words
/// beginning with a prefix are one contiguous run that a binary search finds.
/// </summary>
public sealed record SearchTerms(string[] Title, string[] Keywords, string[] Summary, string[] Body)
{
    public static SearchTerms Empty { get; } = new([], [], [], []);

    internal static SearchTerms Of(string title, string? subtitle, IEnumerable<string> keywords, string? summary, string body, WordPool words) => new(
        DistinctSorted(title + " " + subtitle, words),
        DistinctSorted(string.Join(' ', keywords), words),
        DistinctSorted(summary ?? string.Empty, words),
        DistinctSorted(body, words));

    /// <summary>Each word once, in ordinal order; pooled first, so equal words are the same string.</summary>
    private static string[] DistinctSorted(string text, WordPool words)
    {
        var folded = SearchText.Fold(text);
        var seen = new HashSet<string>(ReferenceEqualityComparer.Instance);
        foreach (var range in SearchText.WordRanges(folded))
        {
            seen.Add(words.Share(folded.AsSpan(range)));
        }

        string[] sorted = [.. seen];
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>Every word of every part, for rebuilding a <see cref="WordPool"/> from the posts that hold them.</summary>
    internal IEnumerable<string> AllWords() => Title.Concat(Keywords).Concat(Summary).Concat(Body);
}
