using System.Collections.Frozen;
using System.Diagnostics;
using LibGit2Sharp;

namespace Blog.Content.Catalog;

/// <summary>The walk of the history that dates the files (the half of <see cref="GitHistory"/> that reads commits).</summary>
internal sealed partial class GitHistory
{
    /// <summary>
    /// One walk of the history from HEAD, newest first. Each file of HEAD is followed down the commits
    /// that hold it as it is: a commit that has it the same as one of its parents hands it to the first
    /// such parent (git's TREESAME rule), and one that has it different from all its parents changed it.
    /// Following a file along one parent only is what keeps a branch's discarded edits from dating it.
    /// </summary>
    private sealed class HistoryWalk(Repository repository, string prefix, bool shallow, Dated? earlier)
    {
        /// <summary>
        /// libgit2 keeps parsed trees up to this size (its default limit) and reads larger ones again at
        /// every look-up, which comparing entry by entry does many times: a larger folder is compared by
        /// libgit2's own diff, which reads each tree once but cannot skip unchanged subfolders.
        /// </summary>
        private const long CachedTreeBytes = 4096;

        // Renames are new paths to the blog, and finding them would read every changed file.
        private static readonly CompareOptions NoRenames = new() { Similarity = SimilarityOptions.None };

        private readonly Dictionary<ObjectId, HashSet<string>> _pending = [];
        private readonly Dictionary<string, DateTimeOffset> _dates = new(StringComparer.Ordinal);
        private int _unresolved;

        // The commit being visited, and its files as handed to each of its parents (all start with the first).
        private Commit _commit = null!;
        private HashSet<string>?[] _handed = [];

        public FrozenDictionary<string, DateTimeOffset> Run(Commit head)
        {
            var files = Changed(null, Subtree(head));
            _unresolved = files.Count;
            _pending[head.Id] = files;

            var newestFirst = new CommitFilter
            {
                IncludeReachableFrom = head,
                SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time,
            };
            foreach (var commit in repository.Commits.QueryBy(newestFirst))
            {
                if (_unresolved == 0)
                {
                    break;
                }

                // Commits that hold none of the files as they are now cost nothing but the walk itself.
                if (_pending.Remove(commit.Id, out var active))
                {
                    Visit(commit, active);
                }
            }

            return _dates.ToFrozenDictionary(StringComparer.Ordinal);
        }

        private HashSet<string> Active => _handed[0]!;

        private void Visit(Commit commit, HashSet<string> active)
        {
            if (earlier is not null && commit.Id == earlier.Head)
            {
                // Each file's history is its own, so below a commit already walked its dates are known.
                Settle(active, file => earlier.Dates.TryGetValue(file, out var when) ? when : null);
                return;
            }

            var parents = commit.Parents.ToArray();
            if (parents.Length == 0)
            {
                // In a shallow clone a commit without parents is (as far as anyone can tell here) the
                // boundary, whose parents were not fetched: what it holds may be far older than it.
                Settle(active, _ => shallow ? null : commit.Committer.When);
                return;
            }

            _commit = commit;
            _handed = new HashSet<string>?[parents.Length];
            _handed[0] = active;
            Compare(Subtree(commit)!, Array.ConvertAll(parents, Subtree), string.Empty);
            for (var i = 0; i < parents.Length; i++)
            {
                HandOn(parents[i].Id, _handed[i]);
            }
        }

        /// <summary>
        /// Compares a folder of the commit with the same folder in each parent. What the first parent
        /// holds unchanged stays with it; what another holds unchanged moves to that one; the active
        /// files that no parent holds unchanged were changed by this commit.
        /// </summary>
        private void Compare(Tree tree, Tree?[] parents, string path)
        {
            if (tree.Id == parents[0]?.Id)
            {
                return;
            }

            if (repository.ObjectDatabase.RetrieveObjectMetadata(tree.Id).Size > CachedTreeBytes)
            {
                CompareWide(tree, parents, path);
            }
            else
            {
                CompareNarrow(tree, parents, path);
            }
        }

        /// <summary>Entry by entry, descending only into subfolders that differ from every parent.</summary>
        private void CompareNarrow(Tree tree, Tree?[] parents, string path)
        {
            // One pass over the first parent's folder costs less than a lookup by name for each entry.
            var first = parents[0]?.ToDictionary(entry => entry.Name, StringComparer.Ordinal);
            foreach (var entry in tree)
            {
                if (Active.Count == 0)
                {
                    return;
                }

                if (Same(entry, first?.GetValueOrDefault(entry.Name)))
                {
                    continue;
                }

                var entryPath = path.Length == 0 ? entry.Name : string.Concat(path, "/", entry.Name);
                var other = Array.FindIndex(parents, 1, parent => Same(entry, parent?[entry.Name]));
                if (other > 0)
                {
                    HandUnder(entryPath, other);
                }
                else if (entry.TargetType == TreeEntryTargetType.Tree)
                {
                    Compare((Tree)entry.Target, Array.ConvertAll(parents, parent => AsTree(parent?[entry.Name])), entryPath);
                }
                else if (Active.Remove(entryPath))
                {
                    _dates[entryPath] = _commit.Committer.When;
                    _unresolved--;
                }
            }
        }

        /// <summary>By libgit2's diff with the first parent, and with the others only for what that one changed.</summary>
        private void CompareWide(Tree tree, Tree?[] parents, string path)
        {
            var changedFrom = new HashSet<string>?[parents.Length];
            foreach (var file in Changed(parents[0], tree))
            {
                var filePath = path.Length == 0 ? file : string.Concat(path, "/", file);
                if (!Active.Contains(filePath))
                {
                    continue;
                }

                var other = UnchangedIn(file, tree, parents, changedFrom);
                if (other > 0)
                {
                    HandUnder(filePath, other);
                }
                else
                {
                    Active.Remove(filePath);
                    _dates[filePath] = _commit.Committer.When;
                    _unresolved--;
                }
            }
        }

        /// <summary>The first parent after the first that holds the file unchanged, or -1 when none does.</summary>
        private int UnchangedIn(string file, Tree tree, Tree?[] parents, HashSet<string>?[] changedFrom)
        {
            for (var i = 1; i < parents.Length; i++)
            {
                if (!(changedFrom[i] ??= Changed(parents[i], tree)).Contains(file))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Moves the active file at a path, or those under it for a folder, to a parent other than the first.</summary>
        private void HandUnder(string path, int parent)
        {
            var moving = Active.Where(file => file == path
                || (file.Length > path.Length && file[path.Length] == '/' && file.StartsWith(path, StringComparison.Ordinal))).ToList();
            foreach (var file in moving)
            {
                Active.Remove(file);
                (_handed[parent] ??= new HashSet<string>(StringComparer.Ordinal)).Add(file);
            }
        }

        /// <summary>Ends the walk of the given files: dated when the date is known, left out when not.</summary>
        private void Settle(HashSet<string> files, Func<string, DateTimeOffset?> dateOf)
        {
            foreach (var file in files)
            {
                if (dateOf(file) is { } when)
                {
                    _dates[file] = when;
                }
            }

            _unresolved -= files.Count;
        }

        /// <summary>Gives files to a parent, joining those another of its children gave it.</summary>
        private void HandOn(ObjectId parent, HashSet<string>? files)
        {
            if (files is not { Count: > 0 })
            {
                return;
            }

            if (!_pending.TryGetValue(parent, out var already))
            {
                _pending[parent] = files;
                return;
            }

            var (larger, smaller) = already.Count >= files.Count ? (already, files) : (files, already);
            larger.UnionWith(smaller);
            _pending[parent] = larger;
        }

        /// <summary>The files of <paramref name="after"/>, by path relative to it, that <paramref name="before"/> does not hold the same.</summary>
        private HashSet<string> Changed(Tree? before, Tree? after)
        {
            var files = new HashSet<string>(StringComparer.Ordinal);
            using var changes = repository.Diff.Compare<TreeChanges>(before, after, NoRenames);
            foreach (var change in changes)
            {
                // A submodule is no file of the blog's.
                if (change.Status != ChangeKind.Deleted && change.Mode != Mode.GitLink)
                {
                    files.Add(change.Path);
                }
            }

            return files;
        }

        /// <summary>The posts folder's tree in a commit, or null when the commit does not have it.</summary>
        private Tree? Subtree(Commit commit) =>
            prefix.Length == 0 ? commit.Tree : AsTree(commit.Tree[prefix]);

        private static Tree? AsTree(TreeEntry? entry) =>
            entry?.TargetType == TreeEntryTargetType.Tree ? (Tree)entry.Target : null;

        /// <summary>Same content (or folder) and mode: what git compares to call a path unchanged.</summary>
        private static bool Same(TreeEntry entry, TreeEntry? other) =>
            other is not null && other.Mode == entry.Mode && other.Target.Id == entry.Target.Id;
    }
}
