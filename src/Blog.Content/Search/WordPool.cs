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
    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);

    public string Share(string word) => _words.GetOrAdd(word, word);
}
