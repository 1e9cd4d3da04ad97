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

        // A body says most of its words many times: the text's own set, looked up by the word's place in
        // the text, answers the repeats, and only a word new to the text goes to the shared pool.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenBySpan = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = 0; SearchText.NextWord(folded, ref at, out var range);)
        {
            var word = folded.AsSpan(range);
            if (!seenBySpan.Contains(word))
            {
                seen.Add(words.Share(word));
            }
        }

        string[] sorted = [.. seen];
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>Every word of every part, for rebuilding a <see cref="WordPool"/> from the posts that hold them.</summary>
    internal IEnumerable<string> AllWords() => Title.Concat(Keywords).Concat(Summary).Concat(Body);
}
