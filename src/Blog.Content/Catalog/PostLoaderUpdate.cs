using System.Diagnostics;
using Blog.Content.Posts;
using Microsoft.Extensions.FileProviders;

namespace Blog.Content.Catalog;

/// <summary>
/// Taking in the files a watcher named, without listing the folder: each named path is looked at alone,
/// and only the posts it can belong to are read again. The result is what <see cref="Load"/> would give
/// for the same files, so that the periodic full pass finds nothing left to do.
/// </summary>
public sealed partial class PostLoader
{
    /// <summary>
    /// What patches work from; null until the first patch (or <see cref="Prepare"/>). Current only while its
    /// <see cref="PatchState.Base"/> is <see cref="_last"/>: a whole pass replaces <see cref="_last"/>, and the
    /// state is made again from <see cref="_groups"/> when next needed.
    /// </summary>
    private PatchState? _patch;

    /// <summary>
    /// Takes in the files named since the last load of the same folder, each by its path relative to it
    /// ('/' separators). Null when a patch cannot give what <see cref="Load"/> would, before anything is
    /// read: no earlier load of the folder, a folder named (what is in it was not named file by file), a
    /// folder with posts gone, a path that cannot be looked at, or a folder that could not be listed.
    /// The result's <see cref="LoadResult.Changes"/> names the posts that changed.
    /// </summary>
    internal LoadResult? Update(
        string postsPath, string defaultLanguage, IReadOnlyCollection<string> namedFiles, IFileProvider? siteFiles = null, long maxPostBytes = DefaultMaxPostBytes)
    {
        lock (_gate)
        {
            var stopwatch = Stopwatch.StartNew();
            if (_source != (postsPath, defaultLanguage, maxPostBytes) || _last is not { } last || _reportedMissing
                || _unreadable.Current.Count > 0 || !Directory.Exists(postsPath))
            {
                return null;
            }

            var looked = new List<NamedPath>();
            var others = new List<NamedPath>();
            foreach (var path in namedFiles.Distinct(StringComparer.Ordinal))
            {
                var seen = NamedPath.Look(postsPath, path);
                switch (seen.Kind)
                {
                    case NamedPathKind.Hidden:
                        break;
                    case NamedPathKind.PostFile:
                    case NamedPathKind.Missing when PostFiles.IsPostFileName(path.AsSpan(path.LastIndexOf('/') + 1)):
                        looked.Add(seen);
                        break;
                    case NamedPathKind.Missing:
                    case NamedPathKind.OtherFile:
                        others.Add(seen);
                        break;
                    default:
                        return null;
                }
            }

            var state = _patch is { } kept && ReferenceEquals(kept.Base, last) ? kept : PatchState.Of(_groups, last);
            _patch = state;
            if (others.Any(o => o.Kind == NamedPathKind.Missing && state.HoldsFilesUnder(o.Path)))
            {
                // A folder that held posts is gone (or renamed): its files were not named one by one.
                return null;
            }

            var keys = state.Apply(looked);
            var toRead = new List<PostGroup>();
            var gone = new List<string>();
            foreach (var key in keys)
            {
                var group = state.Gather(key);
                var old = _groups.GetValueOrDefault(key);
                if (group is null)
                {
                    if (old is not null)
                    {
                        gone.Add(key);
                    }
                }
                else if (old is null || !old.HasFiles(group, state.Stamps) || old.Failures.Any(f => f.Transient))
                {
                    toRead.Add(group);
                }
            }

            if (toRead.Count == 0 && gone.Count == 0)
            {
                return last with { Elapsed = stopwatch.Elapsed, Changed = false, ParsedFiles = 0 };
            }

            var reader = new PostGroupReader(new PostParser(defaultLanguage, siteFiles, _words), postsPath, state.Stamps, maxPostBytes, logger);
            var outcomes = toRead.Count == 1
                ? [(Group: toRead[0], Outcome: reader.Read(toRead[0]))]
                : toRead.AsParallel().Select(group => (Group: group, Outcome: reader.Read(group))).ToList();

            var changes = new List<PostChange>();
            var anyChange = gone.Count > 0;
            foreach (var (group, outcome) in outcomes)
            {
                var old = _groups.GetValueOrDefault(group.Key);
                var settled = Settle(group, outcome, old, state.Stamps);
                _groups[group.Key] = settled;
                state.Flag(group.Key, settled);
                if (!ReferenceEquals(settled.Post, old?.Post))
                {
                    changes.Add(new PostChange(group.Key, old?.Post, settled.Post));
                    anyChange = true;
                }
                else if (!settled.Failures.SequenceEqual(old?.Failures ?? []))
                {
                    anyChange = true;
                }
            }

            foreach (var key in gone)
            {
                if (_groups.Remove(key, out var old) && old.Post is not null)
                {
                    changes.Add(new PostChange(key, old.Post, null));
                }

                state.Flag(key, null);
            }

            state.Posts = state.Posts.With(changes.Select(c => (c.Key, c.After)));
            _words.TrimTo(state.Posts.Posts);
            var failures = state.Flagged.SelectMany(key => _groups[key].Failures).ToList();
            failures.Sort((a, b) => StringComparer.Ordinal.Compare(a.File, b.File));
            _last = new LoadResult(state.Posts.Posts, failures, stopwatch.Elapsed)
            {
                Changed = anyChange,
                ParsedFiles = outcomes.Sum(o => o.Group.Files.Count()),
                UnreadableFolders = _unreadable.Current,
                Warnings = state.Flagged.SelectMany(key => _groups[key].Warnings).ToList(),
                PostKeys = state.Posts.Keys,
            };
            state.Base = _last;
            return _last with { Changes = changes, PatchedFrom = last.Posts };
        }
    }

    /// <summary>Makes what a patch needs now rather than at the next one (after a whole pass, while nothing waits).</summary>
    internal void Prepare()
    {
        lock (_gate)
        {
            if (_last is { } last && (_patch is not { } kept || !ReferenceEquals(kept.Base, last)))
            {
                _patch = PatchState.Of(_groups, last);
            }
        }
    }

    /// <summary>
    /// What the loader knows of the folder besides its posts, to patch without a listing: every post file
    /// with its stamp (the files of every post, as last read), which files a file's coming or going can
    /// move to another post, the posts in order, and the posts with something to say. Made from the
    /// loader's posts on the first patch after a full pass, then kept up to date by each patch.
    /// </summary>
    /// <remarks>
    /// Invariants after each patch: <see cref="Stamps"/> has every post file of the loader's groups and
    /// nothing else; <see cref="Families"/> has each such file under its stem's parent; <see cref="Posts"/>
    /// is the patched result's posts, in key order; <see cref="Flagged"/> is the keys of the groups with
    /// failures or warnings. A patch that cannot keep them (a folder named, a folder of posts gone) returns
    /// null before it changes anything, and the caller makes a whole pass.
    /// </remarks>
    private sealed class PatchState
    {
        private static readonly string[] Extensions = [".md", ".MD", ".Md", ".mD"];

        private PatchState(LoadResult basis, KeyedPosts posts)
        {
            Base = basis;
            Posts = posts;
            HasStem = stem => Extensions.Any(extension => Stamps.ContainsKey(stem + extension));
        }

        /// <summary>The result this state describes: a full pass made since means it is stale.</summary>
        public LoadResult Base { get; set; }

        public Dictionary<string, FileStamp> Stamps { get; } = new(StringComparer.Ordinal);

        /// <summary>By stem, the files whose name is that stem and a language (<c>a.vi.md</c> under <c>a</c>).</summary>
        private Dictionary<string, HashSet<string>> Families { get; } = new(StringComparer.Ordinal);

        public KeyedPosts Posts { get; set; }

        /// <summary>The keys of the posts with failures or warnings, in the order a full pass reports them.</summary>
        public SortedSet<string> Flagged { get; } = new(StringComparer.Ordinal);

        private Func<string, bool> HasStem { get; }

        public static PatchState Of(Dictionary<string, GroupState> groups, LoadResult last)
        {
            var state = new PatchState(
                last,
                last.PostKeys is { } keys
                    ? KeyedPosts.Of(keys, last.Posts)
                    : KeyedPosts.Of([.. groups.Where(g => g.Value.Post is not null).Select(g => g.Key)], [.. groups.Values.Select(g => g.Post).OfType<Post>()]));
            foreach (var (key, group) in groups)
            {
                foreach (var (file, stamp) in group.Files)
                {
                    state.Stamps[file] = stamp;
                    state.Join(file);
                }

                state.Flag(key, group);
            }

            return state;
        }

        public bool HoldsFilesUnder(string folder)
        {
            var prefix = folder + "/";
            return Stamps.Keys.Any(file => file.StartsWith(prefix, StringComparison.Ordinal));
        }

        /// <summary>
        /// Takes in what the named files are now, and gives the keys of every post that may have changed:
        /// each file's post before and after, and the posts of the files that can move with it.
        /// </summary>
        public SortedSet<string> Apply(IReadOnlyList<NamedPath> named)
        {
            var relevant = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in named)
            {
                relevant.Add(file.Path);
                if (Families.TryGetValue(PostGroups.Stem(file.Path), out var moving))
                {
                    relevant.UnionWith(moving);
                }
            }

            var keys = new SortedSet<string>(StringComparer.Ordinal);
            AddKeys();
            foreach (var file in named)
            {
                if (file.Kind == NamedPathKind.PostFile)
                {
                    Stamps[file.Path] = file.Stamp;
                    Join(file.Path);
                }
                else if (Stamps.Remove(file.Path))
                {
                    Leave(file.Path);
                }
            }

            AddKeys();
            return keys;

            void AddKeys()
            {
                foreach (var file in relevant.Where(Stamps.ContainsKey))
                {
                    keys.Add(PostGroups.Place(file, HasStem).Key);
                }
            }
        }

        /// <summary>The files of one post as they are now, as <see cref="PostGroups.Of"/> would gather them; null when none is left.</summary>
        public PostGroup? Gather(string key)
        {
            var candidates = Extensions.Select(extension => key + extension).Where(Stamps.ContainsKey)
                .Concat(Families.TryGetValue(key, out var translations) ? translations : []);
            var files = candidates.Distinct(StringComparer.Ordinal).Where(file => PostGroups.Place(file, HasStem).Key == key).Order(StringComparer.Ordinal).ToList();
            return files.Count == 0 ? null : PostGroups.Of(files, HasStem)[0];
        }

        public void Flag(string key, GroupState? group)
        {
            if (group is { } g && (g.Failures.Count > 0 || g.Warnings.Count > 0))
            {
                Flagged.Add(key);
            }
            else
            {
                Flagged.Remove(key);
            }
        }

        private void Join(string file)
        {
            if (PostGroups.Parent(file) is { } parent)
            {
                if (!Families.TryGetValue(parent, out var members))
                {
                    Families[parent] = members = new HashSet<string>(StringComparer.Ordinal);
                }

                members.Add(file);
            }
        }

        private void Leave(string file)
        {
            if (PostGroups.Parent(file) is { } parent && Families.TryGetValue(parent, out var members))
            {
                members.Remove(file);
                if (members.Count == 0)
                {
                    Families.Remove(parent);
                }
            }
        }
    }
}
