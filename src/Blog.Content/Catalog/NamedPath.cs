namespace Blog.Content.Catalog;

/// <summary>What a path the file watcher named is now, looked at alone, by the rules of <see cref="PostFiles.Find"/>.</summary>
internal enum NamedPathKind
{
    /// <summary>Under a hidden (dot) name: the listing never looks there, so it is never a post.</summary>
    Hidden,

    /// <summary>A post file, with its stamp.</summary>
    PostFile,

    /// <summary>Not there, or not something the listing would take (a link): a post file of that name is gone.</summary>
    Missing,

    /// <summary>A regular file that is not a post (a picture, an editor's backup).</summary>
    OtherFile,

    /// <summary>A folder: what is in it was not named file by file.</summary>
    Folder,

    /// <summary>It, or a folder on its way, could not be looked at (no permission).</summary>
    Unreadable,
}

/// <summary>A path relative to the posts folder ('/' separators), what it is now, and its stamp when it is a post file.</summary>
internal readonly record struct NamedPath(string Path, NamedPathKind Kind, FileStamp Stamp = default)
{
    /// <summary>
    /// Looks at one path as the listing would see it, with one status call per folder on the way: a name
    /// starting with a dot anywhere is hidden, a link (to a file or a folder) is never followed, and the
    /// stamp is the size and write time the listing would give.
    /// </summary>
    public static NamedPath Look(string root, string relativePath)
    {
        var segments = relativePath.Split('/');
        if (segments.Any(s => s.Length == 0 || s.StartsWith('.')))
        {
            // Also "" and "..": no listing gives such a path.
            return new NamedPath(relativePath, NamedPathKind.Hidden);
        }

        try
        {
            var folder = root;
            for (var i = 0; i < segments.Length - 1; i++)
            {
                folder = System.IO.Path.Combine(folder, segments[i]);
                var attributes = File.GetAttributes(folder);
                if ((attributes & FileAttributes.ReparsePoint) != 0 || (attributes & FileAttributes.Directory) == 0)
                {
                    // A link to a folder is not followed, so nothing below it is a post.
                    return new NamedPath(relativePath, NamedPathKind.Missing);
                }
            }

            var full = System.IO.Path.Combine(root, relativePath);
            var kind = File.GetAttributes(full);
            if ((kind & FileAttributes.ReparsePoint) != 0)
            {
                return new NamedPath(relativePath, NamedPathKind.Missing);
            }

            if ((kind & FileAttributes.Directory) != 0)
            {
                return new NamedPath(relativePath, NamedPathKind.Folder);
            }

            if (!PostFiles.IsPostFileName(segments[^1]))
            {
                return new NamedPath(relativePath, NamedPathKind.OtherFile);
            }

            var info = new FileInfo(full);
            return new NamedPath(relativePath, NamedPathKind.PostFile, new FileStamp(info.Length, info.LastWriteTimeUtc));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new NamedPath(relativePath, NamedPathKind.Missing);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return new NamedPath(relativePath, NamedPathKind.Unreadable);
        }
    }
}
