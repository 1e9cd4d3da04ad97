using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Content.Search;

/// <summary>Patching the search for a few posts: each language's entries keep the order of the published posts.</summary>
public sealed partial class SearchIndex
{
    private SearchIndex(Dictionary<string, IReadOnlyList<Entry>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>Each language's entries in order, one line each: the post's file and its title's words (for tests and checks).</summary>
    internal IEnumerable<string> Describe() => _byLanguage
        .OrderBy(l => l.Key, StringComparer.Ordinal)
        .SelectMany(l => l.Value.Select(e => $"{l.Key}: {e.Post.SourceFile} [{string.Join(' ', e.Title)}] {e.Body.Length}"));

    /// <summary>
    /// The same search with posts taken out of and put into the published list, one step at a time, at
    /// the places the steps give (<paramref name="steps"/>: an index, and the post put there, or null
    /// for the post taken out from there). Each language lists the version its readers see.
    /// </summary>
    internal SearchIndex Patch(IReadOnlyList<(int Index, Post? Inserted)> steps)
    {
        var byLanguage = new Dictionary<string, IReadOnlyList<Entry>>(_byLanguage.Count, StringComparer.Ordinal);
        foreach (var (language, entries) in _byLanguage)
        {
            var patched = new List<Entry>(entries);
            foreach (var (index, inserted) in steps)
            {
                if (inserted is null)
                {
                    patched.RemoveAt(index);
                }
                else
                {
                    patched.Insert(index, Entry.Of(inserted, PostCatalog.ListedIn(inserted, language)));
                }
            }

            byLanguage[language] = patched;
        }

        return new SearchIndex(byLanguage);
    }
}
