using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Diagnostics;
using LibGit2Sharp;
using Microsoft.Extensions.Logging;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Blog.Content.Catalog;

/// <summary>
/// When each file of the posts folder last changed according to git, as Hugo's <c>enableGitInfo</c>:
/// a date that survives a fresh clone or a copy, where a file's time on disk only says when it was
/// checked out. A file's date is the committer time of the newest commit reachable from HEAD that
/// changed it, by git's own history simplification, so a merge claims only what it changed itself.
/// Files whose history cannot be known (uncommitted ones, ones unchanged since the boundary of a
/// shallow clone) are left out, and a repository that cannot be read leaves all of them out: the
/// caller then falls back to each post's own date. The last result is kept for as long as HEAD stays.
/// Calls are serialised.
/// </summary>
internal sealed partial class GitHistory(ILogger logger)
{
    private const string NoRepository = "no repository";
    private const string NoCommits = "no commits";
    private const int MaxLinks = 40;

    private static readonly IReadOnlyDictionary<string, DateTimeOffset> Unknown = ReadOnlyDictionary<string, DateTimeOffset>.Empty;

    private readonly Lock _gate = new();
    private Dated? _last;
    private string? _reported;

    /// <summary>
    /// The committer time of the last change to each committed file under <paramref name="folder"/>,
    /// by its path relative to it ('/' separators). Empty, never an exception, when git cannot say.
    /// </summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastChanged(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        lock (_gate)
        {
            try
            {
                return Read(Path.GetFullPath(folder));
            }
            catch (Exception ex) when (ex is LibGit2SharpException or IOException or UnauthorizedAccessException)
            {
                var reason = ex.Message.TrimEnd('.');
                Report(reason, () => LogUnreadable(folder, reason));
                return LastGood(folder);
            }
            catch (Exception ex)
            {
                // The native library missing on this platform, or a state of the repository nobody foresaw:
                // the dates are an extra, never worth the posts.
                var reason = $"{ex.GetType().Name}: {ex.Message}";
                Report(reason, () => LogUnreadable(folder, reason));
                return LastGood(folder);
            }
        }
    }

    /// <summary>
    /// A repository that fails to read for a moment (a pull or a gc in progress) keeps the dates it gave
    /// last: falling back to the posts' own dates would make every feed and sitemap date jump and back.
    /// </summary>
    private IReadOnlyDictionary<string, DateTimeOffset> LastGood(string folder) =>
        _last is { } last && last.Folder == Path.GetFullPath(folder) ? last.Dates : Unknown;

    private IReadOnlyDictionary<string, DateTimeOffset> Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            // The posts loader already says that the folder is missing.
            return Unknown;
        }

        var gitDirectory = Repository.Discover(folder);
        if (gitDirectory is null)
        {
            Report(NoRepository, () => LogNoRepository(folder));
            return Unknown;
        }

        using var repository = new Repository(gitDirectory);
        if (Locate(repository, folder) is not { } source)
        {
            return Unknown;
        }

        var dates = Date(repository, source).Dates;
        _reported = null;
        return dates;
    }

    /// <summary>Where the folder's history is, or null (and said why) when this repository cannot give it.</summary>
    private Source? Locate(Repository repository, string folder)
    {
        var info = repository.Info;
        if (info.IsBare || info.WorkingDirectory is null)
        {
            Report(info.Path, () => LogUnreadable(folder, $"{info.Path} is a bare repository, with no working tree"));
            return null;
        }

        if (repository.Head.Tip is not { } head)
        {
            Report(NoCommits, () => LogNoCommits(folder, info.WorkingDirectory));
            return null;
        }

        if (Placed(folder, info.WorkingDirectory) is not { } prefix)
        {
            var reason = $"it is not inside the working tree {info.WorkingDirectory}";
            Report(reason, () => LogUnreadable(folder, reason));
            return null;
        }

        return new Source(info.Path, folder, prefix, info.IsShallow, head);
    }

    /// <summary>
    /// The dates at the source's HEAD: those of the last call while HEAD has not moved, else a walk,
    /// which stops at the last call's HEAD when it meets it (one new commit costs one commit's walk).
    /// </summary>
    private Dated Date(Repository repository, Source source)
    {
        var earlier = _last is { } last && last.IsOf(source) ? last : null;
        if (earlier?.Head == source.Head.Id)
        {
            return earlier;
        }

        var stopwatch = Stopwatch.StartNew();
        var dates = new HistoryWalk(repository, source.Prefix, source.Shallow, earlier).Run(source.Head);
        _last = new Dated(source.Repository, source.Folder, source.Shallow, source.Head.Id, dates);
        LogRead(source.Folder, source.Head.Sha, dates.Count, stopwatch.ElapsedMilliseconds);
        return _last;
    }

    /// <summary>Logs a problem when it is not the one reported last, so a lasting state is said once.</summary>
    private void Report(string problem, Action log)
    {
        if (_reported != problem)
        {
            log();
            _reported = problem;
        }
    }

    /// <summary>The folder's path inside the working tree ('/' separators, "" for its top), or null when outside.</summary>
    private static string? Placed(string folder, string workingDirectory)
    {
        // libgit2 finds the repository from the folder's real path, and so names the working tree;
        // a folder reached through a link is placed by where it really is.
        var relative = Path.GetRelativePath(workingDirectory, RealPath(folder));
        if (relative == ".")
        {
            return string.Empty;
        }

        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The absolute <paramref name="path"/> with every link in it followed.</summary>
    private static string RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return path;
        }

        var pending = new Stack<string>(Parts(path));
        var real = "/";
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                real = Path.GetDirectoryName(real) ?? "/";
                continue;
            }

            var next = Path.Combine(real, part);
            if (links < MaxLinks && new FileInfo(next).LinkTarget is { } target)
            {
                // The link's target replaces its name, and may hold links of its own.
                links++;
                real = Path.IsPathRooted(target) ? "/" : real;
                foreach (var inner in Parts(target))
                {
                    pending.Push(inner);
                }
            }
            else
            {
                real = next;
            }
        }

        return real;
    }

    /// <summary>The names of a path, last first, as a stack wants them.</summary>
    private static IEnumerable<string> Parts(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse();

    [LoggerMessage(Level = LogLevel.Information, Message = "Posts folder {PostsPath} is not in a git repository; posts show their own dates as last changed")]
    private partial void LogNoRepository(string postsPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Posts folder {PostsPath} is in git repository {Repository}, which has no commits yet; posts show their own dates as last changed")]
    private partial void LogNoCommits(string postsPath, string repository);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Git history of posts folder {PostsPath} cannot be read ({Reason}); posts show their own dates as last changed until it can")]
    private partial void LogUnreadable(string postsPath, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Read the git history of posts folder {PostsPath} at {Head}: {FileCount} files dated in {ElapsedMs} ms")]
    private partial void LogRead(string postsPath, string head, int fileCount, long elapsedMs);

    /// <summary>The repository, posts folder and HEAD a walk was for: what a later call may reuse.</summary>
    private readonly record struct Source(string Repository, string Folder, string Prefix, bool Shallow, Commit Head);

    /// <summary>The dates a walk found; a file left out has none (it was unknown) and stays without.</summary>
    private sealed record Dated(string Repository, string Folder, bool Shallow, ObjectId Head, FrozenDictionary<string, DateTimeOffset> Dates)
    {
        /// <summary>A shallow repository deepened (or unshallowed) may now know dates it did not.</summary>
        public bool IsOf(Source source) =>
            Repository == source.Repository && Folder == source.Folder && Shallow == source.Shallow;
    }
}
