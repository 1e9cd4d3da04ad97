using Blog.Content.Languages;

namespace Blog.Content.Catalog;

/// <summary>
/// Gathers a post's files: <c>my-post.md</c> and its translation files <c>my-post.vi.md</c>, as Hugo
/// names them. A name ending in <c>.xx</c> is a translation file when a file without it sits beside it,
/// or when <c>xx</c> is a language the blog knows by name; otherwise the dot is part of the name.
/// </summary>
internal static class PostGroups
{
    public static IReadOnlyList<PostGroup> Of(IReadOnlyList<string> relativePaths)
    {
        var stems = relativePaths.Select(Stem).ToHashSet(StringComparer.Ordinal);
        var groups = new Dictionary<string, (string? Main, List<TranslationFile> Translations)>(StringComparer.Ordinal);
        foreach (var path in relativePaths)
        {
            var stem = Stem(path);
            var dot = stem.LastIndexOf('.');
            var slash = stem.LastIndexOf('/');
            var language = dot > slash + 1 ? LanguageRegistry.Normalize(stem[(dot + 1)..]) : null;
            var key = language is not null && (stems.Contains(stem[..dot]) || LanguageRegistry.IsKnown(language))
                ? stem[..dot]
                : null;

            var group = groups.TryGetValue(key ?? stem, out var found) ? found : (null, []);
            if (key is null)
            {
                group.Main = path;
            }
            else
            {
                group.Translations.Add(new TranslationFile(path, language!));
            }

            groups[key ?? stem] = group;
        }

        return groups
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PostGroup(g.Key, g.Value.Main, g.Value.Translations))
            .ToList();
    }

    private static string Stem(string relativePath) => relativePath[..^".md".Length];
}

/// <summary>The files of one post: its main file, if there is one, and its translation files.</summary>
/// <param name="Key">The path without <c>.md</c> and language: the same for every file of the post.</param>
internal sealed record PostGroup(string Key, string? MainFile, IReadOnlyList<TranslationFile> TranslationFiles)
{
    public IEnumerable<string> Files => TranslationFiles.Select(t => t.Path).Prepend(MainFile).OfType<string>();
}

/// <summary>A translation file and the language its name gives (<c>vi</c> of <c>post.vi.md</c>).</summary>
internal sealed record TranslationFile(string Path, string Language);
