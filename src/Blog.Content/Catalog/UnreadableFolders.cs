using Microsoft.Extensions.Logging;

namespace Blog.Content.Catalog;

/// <summary>
/// Remembers which folders of the posts folder could not be listed on the last pass, and tells the
/// author once about each, with how many posts it keeps, until it can be listed again.
/// </summary>
internal sealed partial class UnreadableFolders(ILogger logger)
{
    /// <summary>The folders of the last pass, relative, in ordinal order; "." is the posts folder itself.</summary>
    public IReadOnlyList<string> Current { get; private set; } = [];

    /// <summary>Takes the folders of a new pass; true when they are not those of the last one.</summary>
    /// <param name="loaded">The keys of the posts loaded so far, to say how many each folder keeps.</param>
    public bool Note(PostListing listing, IReadOnlyCollection<string> loaded, string postsPath)
    {
        foreach (var folder in listing.UnreadableFolders.Where(f => !Current.Contains(f.Folder)))
        {
            var kept = loaded.Count(folder.Holds);
            switch (folder.Folder == PostFiles.Root, kept)
            {
                case (true, 0):
                    LogRootUnreadableEmpty(postsPath, folder.Reason);
                    break;
                case (true, _):
                    LogRootUnreadable(postsPath, folder.Reason, kept);
                    break;
                case (false, 0):
                    LogFolderUnreadableEmpty(folder.Folder, postsPath, folder.Reason);
                    break;
                default:
                    LogFolderUnreadable(folder.Folder, postsPath, folder.Reason, kept);
                    break;
            }
        }

        var folders = listing.UnreadableFolders.Select(f => f.Folder).ToList();
        var changed = !folders.SequenceEqual(Current);
        Current = folders;
        return changed;
    }

    /// <summary>Forgets every folder, for a loader that starts over on another posts folder.</summary>
    public void Clear() => Current = [];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posts folder {PostsPath} cannot be read ({Reason}); the {PostCount} posts already loaded stay on the site as they are until it can")]
    private partial void LogRootUnreadable(string postsPath, string reason, int postCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posts folder {PostsPath} cannot be read ({Reason}); the site has no posts until it can")]
    private partial void LogRootUnreadableEmpty(string postsPath, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Folder {Folder} in posts folder {PostsPath} cannot be read ({Reason}); the {PostCount} posts already loaded from it stay on the site as they are until it can")]
    private partial void LogFolderUnreadable(string folder, string postsPath, string reason, int postCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Folder {Folder} in posts folder {PostsPath} cannot be read ({Reason}); its posts are not on the site until it can")]
    private partial void LogFolderUnreadableEmpty(string folder, string postsPath, string reason);
}
