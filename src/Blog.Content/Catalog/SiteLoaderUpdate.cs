using System.Diagnostics;
using Blog.Content.Addresses;
using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// Taking in the post files a watcher named, at a cost that follows the change and not the folder: the
/// loader reads just those files, the changed posts are dated and given their addresses alone when that
/// provably moves nothing else, and the result names what changed so that the catalog can be patched
/// too. Anything rarer (a list's <c>index.md</c>, a folder, a git commit, an address clash) is read and
/// assembled whole, as before.
/// </summary>
public sealed partial class SiteLoader
{
    private SiteSources? _lastSources;
    private LoadResult? _lastPosts;
    private LoadResult _lastPages = new([], [], TimeSpan.Zero);
    private IReadOnlyList<ReadWarning> _lastEmpty = [];
    private bool _foldersTouched;
    private PatchState? _patch;

    /// <summary>
    /// Reads what changed since the last load. <paramref name="changedPostFiles"/> names the files of the
    /// posts folder that changed (relative, '/' separators), as a file watcher saw them; null means that
    /// nobody knows, and the whole folder is read. The result is the same either way.
    /// </summary>
    public LoadResult Load(SiteSources sources, IReadOnlyCollection<string>? changedPostFiles)
    {
        if (changedPostFiles is null)
        {
            return Load(sources);
        }

        lock (_gate)
        {
            return Update(sources, changedPostFiles) ?? LoadAll(sources);
        }
    }

    /// <summary>
    /// Makes what the next patch needs (the posts by key, the index of addresses), which the first patch
    /// after a whole read would otherwise make: for 50,000 posts, a tenth of a second an author would wait.
    /// For a caller with nothing else to do; cheap when it is already made.
    /// </summary>
    public void PrepareForChanges(SiteSources sources)
    {
        lock (_gate)
        {
            if (_last is not { } last || !Equals(sources, _lastSources))
            {
                return;
            }

            _posts.Prepare();
            if (_patch is not { } kept || !ReferenceEquals(kept.Base, last))
            {
                PatchState.Of(this);
            }

            _addresses.Prepare(sources.Rules);
        }
    }

    private LoadResult? Update(SiteSources sources, IReadOnlyCollection<string> named)
    {
        var stopwatch = Stopwatch.StartNew();
        if (_last is not { } last || _lastPosts is null || !Equals(sources, _lastSources)
            || named.Any(path => Permalink.IsIndexFile(path) && path.Count(c => c == '/') <= 1)
            || (!_pagesSeen && sources.PagesPath is { } pagesPath && Directory.Exists(pagesPath)))
        {
            return null;
        }

        // Made before the loader moves on, from the posts the last result was made of.
        var state = _patch is { } kept && ReferenceEquals(kept.Base, last) ? kept : PatchState.Of(this);

        // A commit moves the dates of any number of posts: then all are dated again.
        var history = sources.GitDates ? _git.LastChanged(sources.PostsPath) : null;
        var pagesHistory = sources.GitDates && sources.PagesPath is not null && _pagesSeen ? _pagesGit.LastChanged(sources.PagesPath) : null;
        if (!ReferenceEquals(history, _lastHistory) || !ReferenceEquals(pagesHistory, _lastPagesHistory)
            || _posts.Update(sources.PostsPath, sources.DefaultLanguage, named, sources.SiteFiles, sources.MaxPostBytes) is not { } posts)
        {
            return null;
        }

        _foldersTouched |= named.Any(TouchesFolders);
        if (!posts.Changed)
        {
            return last with { Elapsed = stopwatch.Elapsed, Changed = false, ParsedFiles = 0 };
        }

        // The loader has taken the files in: from here on, what cannot be patched is assembled whole.
        return (state is null ? null : Patch(sources, posts, history, last, state, stopwatch))
            ?? Assemble(sources, posts, _lastPages with { Changed = false, Elapsed = TimeSpan.Zero }, history, pagesHistory);
    }

    private LoadResult? Patch(
        SiteSources sources, LoadResult posts, IReadOnlyDictionary<string, DateTimeOffset>? history, LoadResult last, PatchState state, Stopwatch stopwatch)
    {
        var changes = posts.Changes!;
        if (changes.Any(c => (c.Before is { } before && (IsIntro(before) || !_dated.ContainsKey(before))) || (c.After is { } after && IsIntro(after))))
        {
            return null;
        }

        var dated = changes
            .Select(c => (c.Key, c.Before, c.After, Dated: c.After is { } after ? Dated(after, RevisedOf(after, history, sources.ModifiedFromFileTime)) : null))
            .ToList();
        if (_addresses.Patch([.. dated.Select(d => (d.Before is null ? null : _dated[d.Before], d.Dated))], sources.Rules) is not { } assigned)
        {
            return null;
        }

        var folders = changes.SelectMany(c => new[] { c.Before, c.After }).OfType<Post>()
            .Select(p => EmptyFolders.TopFolder(p.SourceFile)).OfType<string>().Distinct(StringComparer.Ordinal)
            .ToDictionary(folder => folder, state.Holds, StringComparer.Ordinal);
        var catalogChanges = new List<PostChange>();
        foreach (var (key, before, after, datedAfter) in dated)
        {
            if (before is not null)
            {
                state.Leave(_dated[before]);
                _dated.Remove(before);
            }

            if (after is not null)
            {
                _dated[after] = datedAfter!;
                state.Join(datedAfter!);
            }

            var was = state.Final.Find(key);
            var now = datedAfter is null ? null : _addresses.AssignedOf(datedAfter);
            if (!ReferenceEquals(was, now))
            {
                catalogChanges.Add(new PostChange(key, was, now));
            }
        }

        var foldersMoved = folders.Any(f => f.Value != state.Holds(f.Key));
        state.Final = state.Final.With(catalogChanges.Select(c => (c.Key, c.After)));
        var pagesFolder = PagesFolder(sources);
        var empty = foldersMoved || _foldersTouched
            ? EmptyFolders.Of(sources.PostsPath, state.Sections, sources.PagesPath, pagesFolder).ToList()
            : _lastEmpty;
        _foldersTouched = false;
        _lastEmpty = empty;
        _lastPosts = posts;
        Tell(assigned, empty, pagesFolder);
        var pageFailures = _lastPages.Failures.Concat(assigned.PageFailures).Select(f => f with { File = pagesFolder + f.File });
        var pageWarnings = _lastPages.Warnings.Concat(assigned.PageWarnings).Select(w => w with { File = pagesFolder + w.File });
        _last = posts with
        {
            Posts = state.Final.Posts,
            Pages = last.Pages,
            Intros = last.Intros,
            Failures = [.. posts.Failures, .. assigned.PostFailures, .. pageFailures],
            Warnings = [.. posts.Warnings, .. assigned.Warnings, .. pageWarnings, .. empty],
            AddressNotes = assigned.Notes,
            Permalink = sources.Rules.Permalink,
            Elapsed = stopwatch.Elapsed,
            Changed = true,
            Changes = null,
            PatchedFrom = null,
            PostKeys = null,
        };
        state.Base = _last;
        return _last with { Changes = catalogChanges, PatchedFrom = last.Posts };
    }

    /// <summary>
    /// Whether a named path may change which section folders are empty (any file counts there, a picture
    /// or a post that does not parse): one inside a first-level folder without posts, or a first-level
    /// one said to be empty (a removed folder). Hidden files count nowhere.
    /// </summary>
    private bool TouchesFolders(string path) => !path.Split('/').Any(part => part.StartsWith('.')) && (EmptyFolders.TopFolder(path) is { } top
        ? _patch?.Holds(top) != true
        : _lastEmpty.Any(w => w.File == path + "/"));

    /// <summary>Keeps what a patch needs of a load assembled whole.</summary>
    private void Remember(SiteSources sources, LoadResult posts, LoadResult pages, IReadOnlyList<ReadWarning> empty)
    {
        _lastSources = sources;
        _lastPosts = posts;
        _lastPages = pages;
        _lastEmpty = empty;
        _foldersTouched = false;
    }

    private static string PagesFolder(SiteSources sources) =>
        sources.PagesPath is null ? string.Empty : Path.GetFileName(Path.TrimEndingDirectorySeparator(sources.PagesPath)) + "/";

    /// <summary>A post dated as <see cref="Date"/> dates one it has not seen.</summary>
    private static Post Dated(Post post, DateTimeOffset? revised) => post.Revised == revised ? post : post with { Revised = revised };

    /// <summary>
    /// The site's posts by key, as the last result lists them, and how many posts each first-level
    /// folder holds (for the empty-folder warnings). Made from the last load on the first patch after
    /// it, then kept up to date by each patch.
    /// </summary>
    private sealed class PatchState
    {
        private readonly Dictionary<string, int> _folders = new(StringComparer.Ordinal);

        private PatchState(LoadResult basis, KeyedPosts final)
        {
            Base = basis;
            Final = final;
        }

        public LoadResult Base { get; set; }

        public KeyedPosts Final { get; set; }

        public IReadOnlySet<string> Sections => _folders.Keys.ToHashSet(StringComparer.Ordinal);

        /// <summary>Null when the loader's posts do not line up with the last result (then nothing is patched).</summary>
        public static PatchState? Of(SiteLoader loader)
        {
            if (loader._last is not { } last || loader._lastPosts is not { PostKeys: { } keys } posts)
            {
                return null;
            }

            var finalKeys = new List<string>(last.Posts.Count);
            for (var i = 0; i < posts.Posts.Count; i++)
            {
                if (!IsIntro(posts.Posts[i]) && loader._dated.GetValueOrDefault(posts.Posts[i]) is { } dated && loader._addresses.AssignedOf(dated) is { } done)
                {
                    if (finalKeys.Count >= last.Posts.Count || !ReferenceEquals(last.Posts[finalKeys.Count], done))
                    {
                        return null;
                    }

                    finalKeys.Add(keys[i]);
                }
            }

            if (finalKeys.Count != last.Posts.Count)
            {
                return null;
            }

            var state = new PatchState(last, KeyedPosts.Of(finalKeys, last.Posts));
            foreach (var dated in loader._dated.Values)
            {
                state.Join(dated);
            }

            loader._patch = state;
            return state;
        }

        public bool Holds(string folder) => _folders.ContainsKey(folder);

        /// <summary>Counts a post in its first folder.</summary>
        public void Join(Post post)
        {
            if (EmptyFolders.TopFolder(post.SourceFile) is { } folder)
            {
                _folders[folder] = _folders.GetValueOrDefault(folder) + 1;
            }
        }

        /// <summary>Stops counting a post in its first folder.</summary>
        public void Leave(Post post)
        {
            if (EmptyFolders.TopFolder(post.SourceFile) is { } folder && _folders.TryGetValue(folder, out var count))
            {
                if (count > 1)
                {
                    _folders[folder] = count - 1;
                }
                else
                {
                    _folders.Remove(folder);
                }
            }
        }
    }
}
