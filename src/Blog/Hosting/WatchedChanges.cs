namespace Blog.Hosting;

/// <summary>
/// The files of the posts folder the watcher saw change since the last reload, by their path relative to
/// it ('/' separators), so that a reload reads those and not the whole folder; or "everything" when
/// nobody can say which (the first reload, the pages folder, the watcher's buffer overflowing, a folder
/// watched anew, a flood of names). Safe to call from the watcher's threads.
/// </summary>
internal sealed class WatchedChanges(string root)
{
    /// <summary>Past this many names in one reload, a listing of the folder costs no more than looking at each.</summary>
    public const int MaxNamed = 10_000;

    private readonly Lock _gate = new();
    private HashSet<string> _named = new(StringComparer.Ordinal);
    private bool _everything = true;

    /// <summary>A file or folder (by its full path) that was written, made, deleted or renamed.</summary>
    public void Note(string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        if (relative == "." || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            // The folder itself, or something outside it: nothing a file's name can stand for.
            NoteEverything();
            return;
        }

        lock (_gate)
        {
            if (!_everything && _named.Add(relative.Replace(Path.DirectorySeparatorChar, '/')) && _named.Count > MaxNamed)
            {
                _everything = true;
                _named.Clear();
            }
        }
    }

    public void NoteEverything()
    {
        lock (_gate)
        {
            _everything = true;
            _named.Clear();
        }
    }

    /// <summary>What changed since the last call: the names, or null for everything. Starts over.</summary>
    public IReadOnlyCollection<string>? Take()
    {
        lock (_gate)
        {
            var named = _everything ? null : _named;
            _named = new HashSet<string>(StringComparer.Ordinal);
            _everything = false;
            return named;
        }
    }
}
