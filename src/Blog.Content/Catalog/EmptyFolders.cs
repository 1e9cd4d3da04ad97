using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// Folders an author made that publish nothing: a section folder under the posts folder without a post
/// (perhaps only its <c>index.md</c>), or a folder under the pages folder without a page. Not an error,
/// but probably not what was meant; the loader says it once while it lasts.
/// </summary>
internal static class EmptyFolders
{
    public static IEnumerable<ReadWarning> Of(string postsPath, IReadOnlyList<Post> posts, string? pagesPath, string pagesFolderName)
    {
        var sections = posts.Select(p => p.SourceFile.Split('/')).Where(parts => parts.Length > 1).Select(parts => parts[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Folders(postsPath, SearchOption.TopDirectoryOnly))
        {
            if (!sections.Contains(folder))
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
            if (!HasMarkdown(Path.Combine(pagesPath, folder)))
            {
                yield return new ReadWarning(pagesFolderName + folder + "/", "this page folder holds no page; put an index.md in it or remove it");
            }
        }
    }

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

    private static bool HasMarkdown(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.md", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint, IgnoreInaccessible = true }).Any();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
