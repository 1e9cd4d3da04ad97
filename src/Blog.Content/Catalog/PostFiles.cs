using System.IO.Enumeration;

namespace Blog.Content.Catalog;

/// <summary>
/// Finds the post files under the posts folder: <c>*.md</c> in it and its subfolders, in a fixed
/// order. Hidden files and editor leftovers (<c>.#post.md</c>, <c>post.md~</c>) are not posts, and
/// links are not followed, so nothing outside the folder is ever read.
/// </summary>
internal static class PostFiles
{
    /// <summary>
    /// Every post file under <paramref name="root"/> by its path relative to it ('/' separators), with
    /// its size and time of last write. The stamps come with the directory listing, one status call a
    /// file, so checking a 10,000-post folder for changes is one pass over it.
    /// </summary>
    public static Dictionary<string, FileStamp> Find(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            // Hidden (dot) files and folders are not posts, and links are never followed.
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint,
        };
        var found = new FileSystemEnumerable<(string Path, FileStamp Stamp)>(
            root,
            (ref FileSystemEntry entry) => (Relative(ref entry), new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcDateTime)),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && IsPostFileName(entry.FileName),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.'),
        };

        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        foreach (var (path, stamp) in found)
        {
            stamps[path] = stamp;
        }

        return stamps;
    }

    /// <summary>The entry's path under the folder being walked, with '/' separators.</summary>
    private static string Relative(ref FileSystemEntry entry)
    {
        var folder = entry.Directory[entry.RootDirectory.Length..].TrimStart(['/', '\\']);
        return folder.IsEmpty
            ? entry.FileName.ToString()
            : string.Concat(folder, "/", entry.FileName).Replace('\\', '/');
    }

    public static bool IsPostFileName(ReadOnlySpan<char> name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.StartsWith('.');
}
