using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Content.Search;

/// <summary>
/// A search over the published posts of one catalog, built with it at load time: for each language,
/// every post's words in title, keywords, summary and body, folded for diacritics. A query matches a
/// post when every word of the query begins a word of the post; titles count most, then keywords,
/// the summary, the body.
/// </summary>
public sealed partial class SearchIndex
{
    private const int TitleWeight = 8;
    private const int KeywordWeight = 4;
    private const int SummaryWeight = 2;
    private const int BodyWeight = 1;

    private readonly Dictionary<string, IReadOnlyList<Entry>> _byLanguage;

    /// <param name="published">The posts, newest first.</param>
    /// <param name="listed">For each language, the version of each of those posts a reader of it sees (same order).</param>
    public SearchIndex(IReadOnlyList<Post> published, IEnumerable<(string Language, IReadOnlyList<PostTranslation> Versions)> listed)
    {
        _byLanguage = new Dictionary<string, IReadOnlyList<Entry>>(StringComparer.Ordinal);
        foreach (var (language, versions) in listed)
        {
            var entries = new Entry[published.Count];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = Entry.Of(published[i], versions[i]);
            }

            _byLanguage.TryAdd(language, entries);
        }
    }

    /// <summary>
    /// The posts listed in <paramref name="language"/> that match, best first (newest first on a tie). Only
    /// the first <paramref name="maxWords"/> distinct words of the query are looked for.
    /// </summary>
    public IReadOnlyList<Post> Find(string language, string query, int maxWords = int.MaxValue)
    {
        var words = SearchText.Words(query).Distinct(StringComparer.Ordinal).Take(maxWords).ToList();
        if (words.Count == 0 || !_byLanguage.TryGetValue(language, out var entries))
        {
            return [];
        }

        return entries
            .Select((entry, order) => (entry.Post, Score: entry.Score(words), Order: order))
            .Where(hit => hit.Score > 0)
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Order)
            .Select(hit => hit.Post)
            .ToList();
    }

    private sealed record Entry(Post Post, string[] Title, string[] Keywords, string[] Summary, string[] Body)
    {
        public static Entry Of(Post post, PostTranslation translation)
        {
            var terms = translation.Search;
            return new(post, terms.Title, terms.Keywords, terms.Summary, terms.Body);
        }

        /// <summary>Zero unless every query word begins some word of the post.</summary>
        public int Score(IReadOnlyList<string> query)
        {
            var total = 0;
            foreach (var word in query)
            {
                var score = (Has(Title, word) ? TitleWeight : 0) + (Has(Keywords, word) ? KeywordWeight : 0)
                    + (Has(Summary, word) ? SummaryWeight : 0) + (Has(Body, word) ? BodyWeight : 0);
                if (score == 0)
                {
                    return 0;
                }

                total += score;
            }

            return total;
        }

        /// <summary>
        /// The words are sorted (see <see cref="SearchTerms"/>), so the first word not before the prefix is
        /// the only one that can begin with it: a binary search, not a pass over the post's words.
        /// </summary>
        private static bool Has(string[] words, string prefix)
        {
            var at = Array.BinarySearch(words, prefix, StringComparer.Ordinal);
            if (at >= 0)
            {
                return true;
            }

            var next = ~at;
            return next < words.Length && words[next].StartsWith(prefix, StringComparison.Ordinal);
        }
    }
}
