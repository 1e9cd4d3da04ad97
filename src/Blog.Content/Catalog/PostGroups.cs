using Blog.Content.Languages;

namespace Blog.Content.Catalog;

/// <summary>
/// Gathers a post's files: <c>my-post.md</c> and its translation files <c>my-post.vi.md</c>, as Hugo
/// names them. A name ending in <c>.xx</c> is a translation file when a file without it sits beside it,
/// or when <c>xx</c> is a language the blog knows by name; otherwise the dot is part of the name.
/// </summary>
internal static class PostGroups
{
    public static IReadOnlyList<PostGroup> Of(IReadOnlyList<string> relativePaths) =>
        Of(relativePaths, relativePaths.Select(Stem).ToHashSet(StringComparer.Ordinal).Contains);

    /// <summary>The groups of some of the folder's files, in ordinal order; <paramref name="hasStem"/> answers for the whole folder.</summary>
    public static IReadOnlyList<PostGroup> Of(IReadOnlyList<string> relativePaths, Func<string, bool> hasStem)
    {
        var groups = new Dictionary<string, (string? Main, List<TranslationFile> Translations)>(StringComparer.Ordinal);
        foreach (var path in relativePaths)
        {
            var (key, language) = Place(path, hasStem);
            var group = groups.TryGetValue(key, out var found) ? found : (null, []);
            if (language is null)
            {
                group.Main = path;
            }
            else
            {
                group.Translations.Add(new TranslationFile(path, language));
            }

            groups[key] = group;
        }

        return groups
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PostGroup(g.Key, g.Value.Main, g.Value.Translations))
            .ToList();
    }

    /// <summary>
    /// The post a file belongs to (its group key) and, for a translation file, its language. It depends on
    /// the file's name and on whether <paramref name="hasStem"/> finds a file named as the post without the
    /// language (<c>my-post</c> for <c>my-post.xx.md</c>), and on nothing else.
    /// </summary>
    /// <param name="hasStem">Whether a post file with this path, less <c>.md</c>, is in the folder.</param>
    public static (string Key, string? Language) Place(string relativePath, Func<string, bool> hasStem)
    {
        var stem = Stem(relativePath);
        var dot = stem.LastIndexOf('.');
        var slash = stem.LastIndexOf('/');
        var language = dot > slash + 1 ? LanguageRegistry.Normalize(stem[(dot + 1)..]) : null;
        return language is not null && (hasStem(stem[..dot]) || LanguageRegistry.IsKnown(language))
            ? (stem[..dot], language)
            : (stem, null);
    }

    /// <summary>
    /// The stem whose file decides where this file belongs (<c>my-post</c> for <c>my-post.xx.md</c>); null
    /// for a name that cannot be a translation file's. A post file appearing or going moves only these.
    /// </summary>
    public static string? Parent(string relativePath)
    {
        var stem = Stem(relativePath);
        var dot = stem.LastIndexOf('.');
        var slash = stem.LastIndexOf('/');
        return dot > slash + 1 && LanguageRegistry.Normalize(stem[(dot + 1)..]) is not null ? stem[..dot] : null;
    }

    public static string Stem(string relativePath) => relativePath[..^".md".Length];
}

/// <summary>The files of one post: its main file, if there is one, and its translation files.</summary>
/// <param name="Key">The path without <c>.md</c> and language: the same for every file of the post.</param>
internal sealed record PostGroup(string Key, string? MainFile, IReadOnlyList<TranslationFile> TranslationFiles)
{
    public IEnumerable<string> Files => TranslationFiles.Select(t => t.Path).Prepend(MainFile).OfType<string>();
}

/// <summary>A translation file and the language its name gives (<c>vi</c> of <c>post.vi.md</c>).</summary>
internal sealed record TranslationFile(string Path, string Language);
