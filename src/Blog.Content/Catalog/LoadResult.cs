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

    /// <summary>What the author should fix in files that are published anyway (each also logged once).</summary>
    public IReadOnlyList<ReadWarning> Warnings { get; init; } = [];

    /// <summary>Standalone pages (the pages folder), with their addresses; not posts.</summary>
    public IReadOnlyList<Post> Pages { get; init; } = [];

    /// <summary>The <c>index.md</c> files that open the list of all posts and each section's list; not posts.</summary>
    public IReadOnlyList<Post> Intros { get; init; } = [];

    /// <summary>How clashing addresses were settled: one line per post that did not get its plain address.</summary>
    public IReadOnlyList<ReadWarning> AddressNotes { get; init; } = [];

    /// <summary>The permalink pattern the addresses were made with.</summary>
    public Addresses.Permalink Permalink { get; init; } = Addresses.Permalink.Default;

    /// <summary>
    /// When this result was patched from an earlier one (only the files a watcher named were looked at),
    /// the posts that changed: <see cref="Posts"/> is <see cref="PatchedFrom"/> with each change made.
    /// Null after a pass over the whole folder.
    /// </summary>
    internal IReadOnlyList<PostChange>? Changes { get; init; }

    /// <summary>Whether this result was patched from the last one with only the files a watcher named (no listing of the folder).</summary>
    public bool Patched => Changes is not null;

    /// <summary>The <see cref="Posts"/> of the result this one was patched from, by reference; null with <see cref="Changes"/>.</summary>
    internal IReadOnlyList<Post>? PatchedFrom { get; init; }

    /// <summary>The group key of each of <see cref="Posts"/> (same order), when the loader gave them.</summary>
    internal IReadOnlyList<string>? PostKeys { get; init; }
}
