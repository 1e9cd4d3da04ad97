using System.Diagnostics;
using Blog.Content.Posts;
using Microsoft.Extensions.Logging;

namespace Blog.Content.Catalog;

/// <summary>
/// Reads and parses the posts under a folder, and on each later call only the posts whose files
/// changed. A file that cannot be published is skipped with one warning naming it and the problem; it
/// never takes the other posts down, and when it was published before, that version stays.
/// One loader keeps the state of one folder; calls are serialised.
/// </summary>
public sealed partial class PostLoader(ILogger<PostLoader> logger)
{
    private readonly Lock _gate = new();
    private Dictionary<string, GroupState> _groups = new(StringComparer.Ordinal);
    private (string Root, string Language)? _source;
    private bool _reportedMissing;

    public LoadResult Load(string postsPath, string defaultLanguage)
    {
        lock (_gate)
        {
            var stopwatch = Stopwatch.StartNew();
            if (_source != (postsPath, defaultLanguage))
            {
                _groups = new Dictionary<string, GroupState>(StringComparer.Ordinal);
                _source = (postsPath, defaultLanguage);
            }

            if (!Directory.Exists(postsPath))
            {
                if (!_reportedMissing)
                {
                    LogMissingFolder(postsPath);
                    _reportedMissing = true;
                }

                var hadPosts = _groups.Count > 0;
                _groups = new Dictionary<string, GroupState>(StringComparer.Ordinal);
                return new LoadResult([], [], stopwatch.Elapsed) { Changed = hadPosts };
            }

            _reportedMissing = false;
            var stamps = PostFiles.Find(postsPath).ToDictionary(
                path => Path.GetRelativePath(postsPath, path).Replace('\\', '/'), FileStamp.Of, StringComparer.Ordinal);
            var groups = PostGroups.Of(stamps.Keys.Order(StringComparer.Ordinal).ToList());
            var changed = groups
                .Where(g => !_groups.TryGetValue(g.Key, out var old) || !old.HasFiles(g, stamps))
                .ToList();

            var reader = new PostGroupReader(new PostParser(defaultLanguage), postsPath, logger);
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

            var anyChange = changed.Count > 0 || _groups.Keys.Any(key => !next.ContainsKey(key));
            _groups = next;

            var failures = next.Values.SelectMany(g => g.Failures).ToList();
            var posts = KeepOnePerAddress(next.Values.Select(g => g.Post).OfType<Post>().ToList(), failures, anyChange);
            failures.Sort((a, b) => StringComparer.Ordinal.Compare(a.File, b.File));
            return new LoadResult(posts, failures, stopwatch.Elapsed)
            {
                Changed = anyChange,
                ParsedFiles = changed.Sum(g => g.Files.Count()),
            };
        }
    }

    /// <summary>
    /// A post that fails after it was published keeps its last good version on the site, and the
    /// author hears both what is wrong and that readers still see the old text.
    /// </summary>
    private GroupState Settle(PostGroup group, (Post? Post, IReadOnlyList<LoadFailure> Failures) outcome, GroupState? previous, Dictionary<string, FileStamp> stamps)
    {
        var files = group.Files.ToDictionary(f => f, f => stamps[f], StringComparer.Ordinal);
        var keep = outcome.Failures.Count > 0 && previous?.Post is not null;
        foreach (var failure in outcome.Failures)
        {
            Report(failure, keep);
        }

        return new GroupState(files, keep ? previous!.Post : outcome.Post, outcome.Failures);
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

    /// <summary>
    /// One post per language and slug. A published post wins over a draft, then the first path in
    /// ordinal order, so the same folder always gives the same winner.
    /// </summary>
    private List<Post> KeepOnePerAddress(List<Post> posts, List<LoadFailure> failures, bool report)
    {
        var owners = new Dictionary<string, Post>(StringComparer.Ordinal);
        var kept = new HashSet<Post>(ReferenceEqualityComparer.Instance);
        foreach (var post in posts.OrderBy(p => p.Draft).ThenBy(p => p.SourceFile, StringComparer.Ordinal))
        {
            var clash = post.Translations
                .Select(t => owners.GetValueOrDefault($"{t.Language}/{t.Slug}"))
                .FirstOrDefault(owner => owner is not null);
            if (clash is not null)
            {
                var duplicate = new LoadFailure(post.SourceFile, $"its slug '{post.Slug}' is already used by {clash.SourceFile}, which is kept");
                failures.Add(duplicate);
                if (report)
                {
                    LogSkipped(duplicate.File, duplicate.Problem);
                }

                continue;
            }

            foreach (var translation in post.Translations)
            {
                owners[$"{translation.Language}/{translation.Slug}"] = post;
            }

            kept.Add(post);
        }

        return posts.Where(kept.Contains).ToList();
    }

    /// <summary>What one post's files looked like when they were last read, and what came of it.</summary>
    private sealed record GroupState(IReadOnlyDictionary<string, FileStamp> Files, Post? Post, IReadOnlyList<LoadFailure> Failures)
    {
        public bool HasFiles(PostGroup group, Dictionary<string, FileStamp> stamps) =>
            group.Files.Count() == Files.Count
            && group.Files.All(f => Files.TryGetValue(f, out var stamp) && stamp == stamps[f]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posts folder {PostsPath} does not exist; the site has no posts until it does")]
    private partial void LogMissingFolder(string postsPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File}: {Problem}")]
    private partial void LogSkipped(string file, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File} at line {Line}, column {Column}: {Problem}")]
    private partial void LogSkippedAt(string file, int line, int column, string problem);
}
