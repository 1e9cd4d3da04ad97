using System.IO.Enumeration;

namespace Blog.Content.Catalog;

/// <summary>
/// Finds the post files under the posts folder: <c>*.md</c> in it and its subfolders, in a fixed
/// order. Hidden files and editor leftovers (<c>.#post.md</c>, <c>post.md~</c>) are not posts, and
/// links are not followed, so nothing outside the folder is ever read. A folder that cannot be listed
/// (no permission) is named, not skipped in silence: its posts have not gone, they are out of sight.
/// </summary>
internal static class PostFiles
{
    /// <summary>What <see cref="Find"/> calls the posts folder itself among <see cref="PostListing.UnreadableFolders"/>.</summary>
    public const string Root = ".";

    /// <summary>What the listing gives as the time of a file it could not look at.</summary>
    private static readonly DateTime Unknown = DateTime.FromFileTimeUtc(0);

    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        // Hidden (dot) files and folders are not posts, and links are never followed.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint,
    };

    /// <summary>
    /// Every post file under <paramref name="root"/> by its path relative to it ('/' separators), with
    /// its size and time of last write. The stamps come with the directory listing, one status call a
    /// file, so checking a 10,000-post folder for changes is one pass over it.
    /// </summary>
    public static PostListing Find(string root)
    {
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        var unreadable = new List<UnreadableFolder>();
        var pending = new Stack<string>();
        pending.Push(string.Empty);
        while (pending.TryPop(out var folder))
        {
            try
            {
                var listed = true;
                foreach (var (name, isFolder, stamp) in Entries(Path.Combine(root, folder)))
                {
                    var path = folder.Length == 0 ? name : string.Concat(folder, "/", name);
                    if (isFolder)
                    {
                        pending.Push(path);
                    }
                    else if (stamp.LastWriteUtc == Unknown)
                    {
                        // A folder that may be read but not searched (r without x) names its files but
                        // gives nothing about them: as unreadable as one that cannot be listed at all.
                        listed = false;
                    }
                    else
                    {
                        stamps[path] = stamp;
                    }
                }

                if (!listed)
                {
                    unreadable.Add(new UnreadableFolder(folder.Length == 0 ? Root : folder, "permission denied to its files"));
                }
            }
            catch (DirectoryNotFoundException) when (folder.Length > 0)
            {
                // Deleted between listing its parent and listing it: gone, not unreadable.
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                // "Access to the path ... is denied" says less than the two words.
                var reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
                unreadable.Add(new UnreadableFolder(folder.Length == 0 ? Root : folder, reason));
            }
        }

        unreadable.Sort((a, b) => StringComparer.Ordinal.Compare(a.Folder, b.Folder));
        return new PostListing(stamps, unreadable);
    }

    private static FileSystemEnumerable<(string Name, bool IsFolder, FileStamp Stamp)> Entries(string folder) =>
        new(folder, (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory, entry.IsDirectory ? default : new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcDateTime)), OneFolder)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory ? !entry.FileName.StartsWith('.') : IsPostFileName(entry.FileName),
        };

    public static bool IsPostFileName(ReadOnlySpan<char> name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.StartsWith('.');
}

/// <summary>The post files found, and the folders that could not be listed.</summary>
internal sealed record PostListing(Dictionary<string, FileStamp> Stamps, IReadOnlyList<UnreadableFolder> UnreadableFolders)
{
    public bool RootUnreadable => UnreadableFolders.Any(f => f.Folder == PostFiles.Root);

    /// <summary>Whether a post's files (by its group key, a path without <c>.md</c>) sit in a folder that could not be listed.</summary>
    public bool IsOutOfSight(string groupKey) => UnreadableFolders.Any(f => f.Holds(groupKey));
}

/// <summary>A folder under the posts folder that could not be listed ("." for the posts folder itself), and why.</summary>
internal sealed record UnreadableFolder(string Folder, string Reason)
{
    /// <summary>Whether a post (by its group key) sits in this folder or one below it.</summary>
    public bool Holds(string groupKey) => Folder == PostFiles.Root || groupKey.StartsWith(Folder + "/", StringComparison.Ordinal);
}
