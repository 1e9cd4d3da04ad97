using System.Collections.Concurrent;

namespace Blog.Content.Search;

/// <summary>
/// One copy of each search word across the posts one loader has read: a blog's posts share most of
/// their words, so thousands of posts then hold references instead of copies. It grows only with the
/// blog's vocabulary. Safe for the parallel parse; cheaper than <see cref="string.Intern"/>, whose
/// table is process-wide and locked.
/// </summary>
internal sealed class WordPool
{
    private readonly ConcurrentDictionary<string, string> _words;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public WordPool()
    {
        _words = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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
}
