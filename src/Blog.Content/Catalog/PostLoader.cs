using System.Diagnostics;
using Blog.Content.Posts;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Blog.Content.Catalog;

/// <summary>
/// Reads and parses the posts under a folder, and on each later call only the posts whose files
/// changed. A file that cannot be published is skipped with one warning naming it and the problem; it
/// never takes the other posts down, and when it was published before, that version stays. A folder
/// that cannot be listed keeps the posts loaded from it. Each warning is said once while it lasts.
/// One loader keeps the state of one folder; calls are serialised.
/// </summary>
/// <remarks>
/// <para>
/// States, all under <c>_gate</c>: <b>fresh</b> (no <c>_source</c>, nothing loaded); <b>loaded</b>
/// (<c>_last</c> is the result of the last call, <c>_groups</c> what it was made of); <b>missing</b>
/// (<c>_reportedMissing</c>: the folder was gone at the last call, the posts before it are kept and a
/// patch is refused until a whole pass finds it again). A call for another folder, language or size
/// limit starts fresh. <see cref="Load"/> moves between them; <c>Update</c> (PostLoaderUpdate.cs) only
/// from loaded to loaded, and gives up (null) in any other state or while a folder cannot be listed.
/// </para>
/// <para>
/// Invariants: <c>_groups</c> holds one <see cref="GroupState"/> per post key that was listed (or is out of
/// sight in a folder that could not be listed), with the stamps of the files it was read from; a group is
/// read again only when its stamps differ or its last read failed for a reason that may pass.
/// <c>_last</c> is what a whole pass over <c>_groups</c> gives (<c>Assemble</c>, or a patch that gives the
/// same), so an unchanged folder returns it as is.
/// <c>_patch</c>, when its <c>Base</c> is <c>_last</c>, describes the same files as <c>_groups</c>; a whole
/// pass makes it stale, and the next patch (or <see cref="Prepare"/>) makes it again.
/// </para>
/// </remarks>
public sealed partial class PostLoader(ILogger<PostLoader> logger)
{
    /// <summary>The largest post file read unless the caller says otherwise: 4 MB, far past any real post.</summary>
    public const long DefaultMaxPostBytes = 4 * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly Search.WordPool _words = new();
    private readonly UnreadableFolders _unreadable = new(logger);
    /// <summary>By post key (the main file's path without <c>.md</c>), what each post was last read from and what came of it.</summary>
    private Dictionary<string, GroupState> _groups = new(StringComparer.Ordinal);

    /// <summary>The last call's result: null until a load, and again when the source changes.</summary>
    private LoadResult? _last;

    /// <summary>What <see cref="_groups"/> was read with; another source means starting fresh.</summary>
    private (string Root, string Language, long MaxPostBytes)? _source;

    /// <summary>The folder was missing at the last call (and the author told once); cleared when it is back.</summary>
    private bool _reportedMissing;

    /// <summary>How many distinct search words the loader keeps for its posts to share (for tests of its bound).</summary>
    internal int PooledWordCount => _words.Count;

    /// <param name="siteFiles">The site's files (its web root), to measure the pictures posts show.</param>
    /// <param name="maxPostBytes">Files larger than this are not read: each is skipped as a failure naming its size.</param>
    public LoadResult Load(string postsPath, string defaultLanguage, IFileProvider? siteFiles = null, long maxPostBytes = DefaultMaxPostBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPostBytes, 1);
        lock (_gate)
        {
            var stopwatch = Stopwatch.StartNew();
            if (_source != (postsPath, defaultLanguage, maxPostBytes))
            {
                _groups = new Dictionary<string, GroupState>(StringComparer.Ordinal);
                _last = null;
                _unreadable.Clear();
                _source = (postsPath, defaultLanguage, maxPostBytes);
            }

            if (!Directory.Exists(postsPath))
            {
                // A folder that vanishes after posts were loaded is more often being replaced or remounted
                // than emptied on purpose: the posts already published stay until it is back.
                if (!_reportedMissing)
                {
                    if (_groups.Count == 0)
                    {
                        LogMissingFolder(postsPath);
                    }
                    else
                    {
                        LogFolderGone(postsPath, _groups.Count);
                    }

                    _reportedMissing = true;
                }

                return Assemble(_groups, stopwatch, changed: false, parsedFiles: 0);
            }

            _reportedMissing = false;
            var listing = PostFiles.Find(postsPath);
            var unreadableChanged = _unreadable.Note(listing, _groups.Keys, postsPath);
            if (listing.RootUnreadable)
            {
                // As for a missing folder: permissions being fixed, or a mount not ready, is no reason to unpublish.
                return Assemble(_groups, stopwatch, changed: unreadableChanged, parsedFiles: 0);
            }

            var stamps = listing.Stamps;
            var groups = PostGroups.Of(stamps.Keys.Order(StringComparer.Ordinal).ToList());
            var listed = groups.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

            // Posts in a folder that cannot be listed now have not been deleted: keep them as they were.
            var outOfSight = _groups.Where(g => !listed.Contains(g.Key) && listing.IsOutOfSight(g.Key)).ToList();
            var changed = new List<PostGroup>();
            foreach (var group in groups)
            {
                if (!_groups.TryGetValue(group.Key, out var old) || !old.HasFiles(group, stamps) || old.Failures.Any(f => f.Transient))
                {
                    changed.Add(group);
                }
            }

            // Nothing to read and nothing gone (every heartbeat, most polls): the last result stands.
            var anyGone = _groups.Count != groups.Count + outOfSight.Count;
            if (changed.Count == 0 && !anyGone && !unreadableChanged && _last is { } last)
            {
                return last with { Elapsed = stopwatch.Elapsed, Changed = false, ParsedFiles = 0 };
            }

            var reader = new PostGroupReader(new PostParser(defaultLanguage, siteFiles, _words), postsPath, stamps, maxPostBytes, logger);
            var reread = changed
                .AsParallel()
                .AsOrdered()
                .Select(group => (Group: group, Outcome: reader.Read(group)))
                .ToDictionary(x => x.Group.Key, x => x, StringComparer.Ordinal);

            var next = new Dictionary<string, GroupState>(StringComparer.Ordinal);
            foreach (var group in groups)
            {
                next[group.Key] = reread.TryGetValue(group.Key, out var fresh)
                    ? Settle(group, fresh.Outcome, _groups.GetValueOrDefault(group.Key), stamps)
                    : _groups[group.Key];
            }

            foreach (var (key, state) in outOfSight)
            {
                next[key] = state;
            }

            var anyChange = unreadableChanged
                || changed.Any(g => !ReferenceEquals(next[g.Key].Post, _groups.GetValueOrDefault(g.Key)?.Post)
                    || !next[g.Key].Failures.SequenceEqual(_groups.GetValueOrDefault(g.Key)?.Failures ?? []))
                || _groups.Keys.Any(key => !next.ContainsKey(key));
            _groups = next;
            _words.TrimTo(next.Values.Select(g => g.Post).OfType<Post>());
            _last = Assemble(next, stopwatch, anyChange, changed.Sum(g => g.Files.Count()));
            return _last;
        }
    }

    private LoadResult Assemble(Dictionary<string, GroupState> groups, Stopwatch stopwatch, bool changed, int parsedFiles)
    {
        var failures = groups.Values.SelectMany(g => g.Failures).ToList();
        var posts = groups.Values.Select(g => g.Post).OfType<Post>().ToList();
        failures.Sort((a, b) => StringComparer.Ordinal.Compare(a.File, b.File));
        return new LoadResult(posts, failures, stopwatch.Elapsed)
        {
            Changed = changed,
            ParsedFiles = parsedFiles,
            UnreadableFolders = _unreadable.Current,
            Warnings = groups.Values.SelectMany(g => g.Warnings).ToList(),
            PostKeys = groups.Where(g => g.Value.Post is not null).Select(g => g.Key).ToList(),
        };
    }

    /// <summary>
    /// A file that fails after it was published keeps its last good version on the site, and the author
    /// hears both what is wrong and that readers still see the old text. This is decided file by file:
    /// a broken translation file does not hold back an edit of the main file, and a deleted file is gone.
    /// </summary>
    private GroupState Settle(PostGroup group, GroupOutcome outcome, GroupState? previous, Dictionary<string, FileStamp> stamps)
    {
        var files = group.Files.ToDictionary(f => f, f => stamps[f], StringComparer.Ordinal);
        var post = outcome.Post;
        var kept = new HashSet<string>(StringComparer.Ordinal);
        if (previous?.Post is { } published && outcome.Failures.Count > 0)
        {
            var failed = outcome.Failures.Select(f => f.File).ToHashSet(StringComparer.Ordinal);
            if (group.MainFile is { } main && failed.Contains(main) && published.SourceFile == main)
            {
                var remaining = published.Translations.Where(t => files.ContainsKey(t.SourceFile)).ToList();
                post = remaining.Count == published.Translations.Count ? published : published with { Translations = remaining };
                kept.UnionWith(post.Translations.Select(t => t.SourceFile).Where(failed.Contains));
            }
            else if (post is not null)
            {
                foreach (var old in published.Translations.Where(t => failed.Contains(t.SourceFile) && post.In(t.Language) is null))
                {
                    post = post with { Translations = [.. post.Translations, old] };
                    kept.Add(old.SourceFile);
                }
            }
        }

        foreach (var failure in outcome.Failures.Where(f => previous?.Failures.Contains(f) != true))
        {
            Report(failure, kept.Contains(failure.File));
        }

        // Re-reading a post because another of its files changed (or to retry one that could not be
        // read) finds the same warnings in the rest: say only what the author has not heard yet.
        var warned = new HashSet<(string File, string Text)>();
        var warnings = new List<ReadWarning>();
        foreach (var warning in outcome.Warnings)
        {
            if (warned.Add(warning.Key))
            {
                warnings.Add(warning);
                if (previous?.Warned.Contains(warning.Key) != true)
                {
                    ReportWarning(warning);
                }
            }
        }

        return new GroupState(files, post, outcome.Failures, warned, warnings);
    }

    private void Report(LoadFailure failure, bool previousVersionServed)
    {
        var problem = previousVersionServed ? $"{failure.Problem}; the previous version is still served" : failure.Problem;
        if (failure.Line is { } line)
        {
            LogSkippedAt(failure.File, line, failure.Column ?? 1, problem);
        }
        else
        {
            LogSkipped(failure.File, problem);
        }
    }

    private void ReportWarning(ReadWarning warning)
    {
        if (warning.Line is { } line)
        {
            LogWarningAt(warning.File, line, warning.Column ?? 1, warning.Text);
        }
        else
        {
            LogWarning(warning.File, warning.Text);
        }
    }

    /// <summary>
    /// What one post's files looked like when they were last read, what came of it, and what the author was
    /// told. <see cref="Post"/> is the version served: after a failure it may be the last good one, so it is
    /// not always what the files hold now; <see cref="Failures"/> says what does not parse now.
    /// </summary>
    private sealed record GroupState(
        IReadOnlyDictionary<string, FileStamp> Files, Post? Post, IReadOnlyList<LoadFailure> Failures, IReadOnlySet<(string File, string Text)> Warned,
        IReadOnlyList<ReadWarning> Warnings)
    {
        public bool HasFiles(PostGroup group, Dictionary<string, FileStamp> stamps)
        {
            if (group.TranslationFiles.Count + (group.MainFile is null ? 0 : 1) != Files.Count
                || (group.MainFile is { } main && !Same(main)))
            {
                return false;
            }

            foreach (var translation in group.TranslationFiles)
            {
                if (!Same(translation.Path))
                {
                    return false;
                }
            }

            return true;

            bool Same(string file) => Files.TryGetValue(file, out var stamp) && stamp == stamps[file];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posts folder {PostsPath} does not exist; the site has no posts until it does")]
    private partial void LogMissingFolder(string postsPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posts folder {PostsPath} does not exist any more; the {PostCount} posts already loaded stay on the site until it is back")]
    private partial void LogFolderGone(string postsPath, int postCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File}: {Problem}")]
    private partial void LogSkipped(string file, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File} at line {Line}, column {Column}: {Problem}")]
    private partial void LogSkippedAt(string file, int line, int column, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {File}: {Problem}")]
    private partial void LogWarning(string file, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {File} at line {Line}, column {Column}: {Problem}")]
    private partial void LogWarningAt(string file, int line, int column, string problem);
}
