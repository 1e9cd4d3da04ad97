using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>What one pass over the posts folder produced.</summary>
public sealed record LoadResult(IReadOnlyList<Post> Posts, IReadOnlyList<LoadFailure> Failures, TimeSpan Elapsed)
{
    /// <summary>False when nothing changed since the previous pass: the catalog can stay as it is.</summary>
    public bool Changed { get; init; } = true;

    /// <summary>How many files this pass read and parsed; unchanged files are not read again.</summary>
    public int ParsedFiles { get; init; }

    /// <summary>
    /// Folders that could not be listed (no permission), relative to the posts folder with '/'
    /// separators, in ordinal order; <c>"."</c> is the posts folder itself. The posts loaded from them
    /// before stay, as they were, until they can be read again; a folder never readable adds none.
    /// </summary>
    public IReadOnlyList<string> UnreadableFolders { get; init; } = [];
}
