namespace Blog.Content.Catalog;

/// <summary>
/// Finds the post files under the posts folder: <c>*.md</c> in it and its subfolders, in a fixed
/// order. Hidden files and editor leftovers (<c>.#post.md</c>, <c>post.md~</c>) are not posts, and
/// links are not followed, so nothing outside the folder is ever read.
/// </summary>
internal static class PostFiles
{
    public static IReadOnlyList<string> Find(string root)
    {
        var found = new List<string>();
        Walk(new DirectoryInfo(root), found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>
    /// Editor leftovers never end in <c>.md</c> (<c>post.md~</c>, <c>.post.md.swp</c>, <c>#post.md#</c>)
    /// or are hidden (<c>.#post.md</c>), so the extension and the leading dot are the whole rule.
    /// </summary>
    public static bool IsPostFileName(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.StartsWith('.');

    private static void Walk(DirectoryInfo directory, List<string> found)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = directory.EnumerateFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.') || entry.LinkTarget is not null)
            {
                continue;
            }

            switch (entry)
            {
                case DirectoryInfo subdirectory:
                    Walk(subdirectory, found);
                    break;
                case FileInfo file when IsPostFileName(file.Name):
                    found.Add(file.FullName);
                    break;
            }
        }
    }
}
