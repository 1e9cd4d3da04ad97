using System.Collections.Concurrent;
using Blog.Content.Posts;

namespace Blog.Content.Search;

/// <summary>
/// One copy of each search word across the posts one loader has read: a blog's posts share most of
/// their words, so thousands of posts then hold references instead of copies. Safe for the parallel
/// parse; cheaper than <see cref="string.Intern"/>, whose table is process-wide and locked. Words of
/// edits long gone would stay forever, so the loader trims the pool to its current posts' words.
/// </summary>
internal sealed class WordPool
{
    /// <summary>Below this many words the pool is never trimmed: it costs less than counting it would.</summary>
    private const int Floor = 4096;

    private ConcurrentDictionary<string, string> _words;
    private ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _sizeAfterTrim;
    private bool _measured;

    public WordPool()
    {
        _words = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct words the pool holds.</summary>
    public int Count => _words.Count;

    /// <summary>The pool's copy of the word; a string is made only for a word never seen before.</summary>
    public string Share(ReadOnlySpan<char> word)
    {
        if (_bySpan.TryGetValue(word, out var shared))
        {
            return shared;
        }

        var fresh = word.ToString();
        return _words.GetOrAdd(fresh, fresh);
    }

    /// <summary>
    /// Once the pool has doubled since it was last trimmed, keeps only the words <paramref name="posts"/>
    /// hold, as the very strings they hold, so they go on sharing them. Doubling first makes the cost of
    /// a trim (one pass over the posts' words) no more than the words added since the last one.
    /// Not safe while anything calls <see cref="Share"/>: the loader calls it between loads.
    /// </summary>
    public void TrimTo(IEnumerable<Post> posts)
    {
        if (!_measured)
        {
            // After the first load every word in the pool came from the posts just read: a pass over them
            // would keep them all (at 10,000 posts, 6 million lookups and a second table, while readers wait
            // for the site). The pool's size now is where doubling is counted from.
            _measured = true;
            _sizeAfterTrim = _words.Count;
            return;
        }

        if (_words.Count <= 2 * Math.Max(_sizeAfterTrim, Floor))
        {
            return;
        }

        var kept = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var translation in posts.SelectMany(p => p.Translations))
        {
            foreach (var word in translation.Search.AllWords())
            {
                kept.TryAdd(word, word);
            }
        }

        _words = kept;
        _bySpan = kept.GetAlternateLookup<ReadOnlySpan<char>>();
        _sizeAfterTrim = kept.Count;
    }
}
