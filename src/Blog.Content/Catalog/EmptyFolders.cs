using Blog.Content.Addresses;
using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// Folders an author made that publish nothing: a section folder under the posts folder that is empty
/// or holds only its <c>index.md</c>, or an empty folder under the pages folder. (A folder of pictures
/// is not meant to publish anything, and is not named.) Not an error, but probably not what was meant;
/// the loader says it once while it lasts.
/// </summary>
internal static class EmptyFolders
{
    public static IEnumerable<ReadWarning> Of(string postsPath, IReadOnlyList<Post> posts, string? pagesPath, string pagesFolderName) =>
        Of(postsPath, posts.Select(p => TopFolder(p.SourceFile)).OfType<string>().ToHashSet(StringComparer.Ordinal), pagesPath, pagesFolderName);

    /// <param name="sections">The first folders under the posts folder that hold posts, as named on disk.</param>
    public static IEnumerable<ReadWarning> Of(string postsPath, IReadOnlySet<string> sections, string? pagesPath, string pagesFolderName)
    {
        foreach (var folder in Folders(postsPath, SearchOption.TopDirectoryOnly))
        {
            if (!sections.Contains(folder) && OnlyIntroOrNothing(Path.Combine(postsPath, folder)))
            {
                yield return new ReadWarning(folder + "/", "this section folder holds no post, so it has no list; put posts in it or remove it");
            }
        }

        if (pagesPath is null)
        {
            yield break;
        }

        foreach (var folder in Folders(pagesPath, SearchOption.AllDirectories))
        {
            if (!HasAnyFile(Path.Combine(pagesPath, folder)))
            {
                yield return new ReadWarning(pagesFolderName + folder + "/", "this page folder holds no page; put an index.md in it or remove it");
            }
        }
    }

    /// <summary>The first folder of a path relative to the posts folder, as named on disk; null at its top.</summary>
    public static string? TopFolder(string relativePath) =>
        relativePath.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? relativePath[..slash] : null;

    private static List<string> Folders(string root, SearchOption depth)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        try
        {
            return Directory.EnumerateDirectories(root, "*", new EnumerationOptions { RecurseSubdirectories = depth == SearchOption.AllDirectories, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint, IgnoreInaccessible = true })
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The loader reports folders it cannot read; this is only a hint.
            return [];
        }
    }

    private static bool HasAnyFile(string folder) => Files(folder).Count > 0;

    private static bool OnlyIntroOrNothing(string folder) =>
        Files(folder).All(file => Path.GetFileName(file) is "index.md" or "_index.md" || Permalink.IsIndexFile(Path.GetFileName(file)));

    private static List<string> Files(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint, IgnoreInaccessible = true }).Take(64).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable is not empty: the loader names folders it cannot read.
            return ["?"];
        }
    }
}
