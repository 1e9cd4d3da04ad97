using Blog.Content.Addresses;
using Blog.Content.Posts;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Blog.Content.Catalog;

/// <summary>Where a site's content is and how to read it.</summary>
/// <param name="PagesPath">The folder of standalone pages; null or missing means the site has none.</param>
/// <param name="SiteFiles">The files the site serves (its web root), to measure the pictures posts show; null when there are none.</param>
/// <param name="GitDates">Take each post's "last changed" from the git history of its files, when the folder is in a repository.</param>
/// <param name="ModifiedFromFileTime">Without a date from front matter or git, take the files' write time (off by default: a copy or clone rewrites every file).</param>
public sealed record SiteSources(
    string PostsPath,
    string? PagesPath,
    string DefaultLanguage,
    AddressRules Rules,
    long MaxPostBytes = PostLoader.DefaultMaxPostBytes,
    IFileProvider? SiteFiles = null,
    bool GitDates = true,
    bool ModifiedFromFileTime = false);

/// <summary>
/// Reads a whole site: the posts folder and the pages folder (each by its own <see cref="PostLoader"/>,
/// so each re-reads only what changed), sets apart the list intros (<c>index.md</c> at the top of the
/// posts folder or of a section), gives everything its address, and dates every post. One loader per
/// site; calls are serialised here (the first load and the watcher's first reload may overlap).
/// </summary>
public sealed partial class SiteLoader(ILoggerFactory loggers)
{
    private readonly PostLoader _posts = new(loggers.CreateLogger<PostLoader>());
    private readonly PostLoader _pages = new(loggers.CreateLogger<PostLoader>());
    private readonly AddressAssigner _addresses = new();
    private readonly GitHistory _git = new(loggers.CreateLogger<GitHistory>());
    private readonly GitHistory _pagesGit = new(loggers.CreateLogger<GitHistory>());
    private bool _pagesSeen;
    private readonly ILogger _logger = loggers.CreateLogger<SiteLoader>();
    private readonly Lock _gate = new();
    private Dictionary<Post, Post> _dated = new(ReferenceEqualityComparer.Instance);
    private HashSet<(string File, string Text)> _said = [];
    private LoadResult? _last;

    public LoadResult Load(SiteSources sources)
    {
        lock (_gate)
        {
            return LoadAll(sources);
        }
    }

    private LoadResult LoadAll(SiteSources sources)
    {
        var posts = _posts.Load(sources.PostsPath, sources.DefaultLanguage, sources.SiteFiles, sources.MaxPostBytes);
        // Once the pages folder has been seen, its loader keeps its pages while it is away (a remount), as for posts.
        var pagesPath = sources.PagesPath;
        _pagesSeen |= pagesPath is not null && Directory.Exists(pagesPath);
        var pages = pagesPath is not null && _pagesSeen
            ? _pages.Load(pagesPath, sources.DefaultLanguage, sources.SiteFiles, sources.MaxPostBytes)
            : new LoadResult([], [], TimeSpan.Zero) { Changed = false };
        var history = sources.GitDates ? _git.LastChanged(sources.PostsPath) : null;
        var pagesHistory = sources.GitDates && pagesPath is not null && _pagesSeen ? _pagesGit.LastChanged(pagesPath) : null;
        if (!posts.Changed && !pages.Changed && _last is { } last && ReferenceEquals(history, _lastHistory) && ReferenceEquals(pagesHistory, _lastPagesHistory))
        {
            return last with { Elapsed = posts.Elapsed + pages.Elapsed, Changed = false, ParsedFiles = 0 };
        }

        return Assemble(sources, posts, pages, history, pagesHistory);
    }

    /// <summary>Everything after reading: intros set apart, dates, addresses, what the author hears.</summary>
    private LoadResult Assemble(
        SiteSources sources, LoadResult posts, LoadResult pages, IReadOnlyDictionary<string, DateTimeOffset>? history, IReadOnlyDictionary<string, DateTimeOffset>? pagesHistory)
    {
        _lastHistory = history;
        _lastPagesHistory = pagesHistory;
        var intros = posts.Posts.Where(IsIntro).ToList();
        var dated = Date(posts.Posts.Where(p => !IsIntro(p)).ToList(), history, sources.ModifiedFromFileTime, ref _dated);
        var datedPages = Date(pages.Posts, pagesHistory, sources.ModifiedFromFileTime, ref _datedPages);
        var assigned = _addresses.Assign(dated, datedPages, sources.Rules);
        var pagesFolder = PagesFolder(sources);
        var pageFailures = pages.Failures.Concat(assigned.PageFailures).Select(f => f with { File = pagesFolder + f.File });
        var pageWarnings = pages.Warnings.Concat(assigned.PageWarnings).Select(w => w with { File = pagesFolder + w.File });
        var empty = EmptyFolders.Of(sources.PostsPath, dated, sources.PagesPath, pagesFolder).ToList();
        Tell(assigned, empty, pagesFolder);
        Remember(sources, posts, pages, empty);

        _last = posts with
        {
            Posts = assigned.Posts,
            Pages = assigned.Pages,
            Intros = intros,
            Failures = [.. posts.Failures, .. assigned.PostFailures, .. pageFailures],
            Warnings = [.. posts.Warnings, .. assigned.Warnings, .. pageWarnings, .. empty],
            AddressNotes = assigned.Notes,
            Permalink = sources.Rules.Permalink,
            Elapsed = posts.Elapsed + pages.Elapsed,
            ParsedFiles = posts.ParsedFiles + pages.ParsedFiles,
            Changed = true,
            Changes = null,
            PatchedFrom = null,
            PostKeys = null,
        };
        return _last;
    }

    private IReadOnlyDictionary<string, DateTimeOffset>? _lastHistory;
    private IReadOnlyDictionary<string, DateTimeOffset>? _lastPagesHistory;
    private Dictionary<Post, Post> _datedPages = new(ReferenceEqualityComparer.Instance);

    /// <summary>An <c>index.md</c> at the top of the posts folder or of a section opens a list; deeper, it is a post in a folder of its own.</summary>
    private static bool IsIntro(Post post) =>
        Permalink.IsIndexFile(post.SourceFile) && post.SourceFile.Count(c => c == '/') <= 1;

    private static List<Post> Date(IReadOnlyList<Post> posts, IReadOnlyDictionary<string, DateTimeOffset>? history, bool fromFileTime, ref Dictionary<Post, Post> cache)
    {
        var next = new Dictionary<Post, Post>(ReferenceEqualityComparer.Instance);
        var result = new List<Post>(posts.Count);
        foreach (var post in posts)
        {
            var revised = RevisedOf(post, history, fromFileTime);
            var done = cache.TryGetValue(post, out var before) && before.Revised == revised ? before
                : post.Revised == revised ? post
                : post with { Revised = revised };
            next[post] = done;
            result.Add(done);
        }

        cache = next;
        return result;
    }

    /// <summary>The last commit that touched any of the post's files; else, when the site says so, their write time.</summary>
    private static DateTimeOffset? RevisedOf(Post post, IReadOnlyDictionary<string, DateTimeOffset>? history, bool fromFileTime)
    {
        DateTimeOffset? revised = null;
        if (history is not null)
        {
            foreach (var file in post.Translations.Select(t => t.SourceFile).Prepend(post.SourceFile))
            {
                if (history.TryGetValue(file, out var committed) && (revised is null || committed > revised))
                {
                    revised = committed;
                }
            }
        }

        return revised ?? (fromFileTime ? post.Written : null);
    }

    /// <summary>Each settled clash, refused alias, refused post or page and empty folder is logged once while it lasts.</summary>
    private void Tell(AssignedAddresses assigned, IReadOnlyList<ReadWarning> empty, string pagesFolder)
    {
        var said = new HashSet<(string File, string Text)>();
        foreach (var note in assigned.Notes)
        {
            if (said.Add(note.Key) && !_said.Contains(note.Key))
            {
                LogAddress(note.File, note.Text);
            }
        }

        foreach (var warning in assigned.Warnings)
        {
            if (said.Add(warning.Key) && !_said.Contains(warning.Key))
            {
                LogAlias(warning.File, warning.Text);
            }
        }

        foreach (var warning in assigned.PageWarnings)
        {
            if (said.Add((pagesFolder + warning.File, warning.Text)) && !_said.Contains((pagesFolder + warning.File, warning.Text)))
            {
                LogPageAlias(pagesFolder + warning.File, warning.Text);
            }
        }

        foreach (var folder in empty)
        {
            if (said.Add(folder.Key) && !_said.Contains(folder.Key))
            {
                LogEmptyFolder(folder.File, folder.Text);
            }
        }

        foreach (var failure in assigned.PageFailures)
        {
            if (said.Add((pagesFolder + failure.File, failure.Problem)) && !_said.Contains((pagesFolder + failure.File, failure.Problem)))
            {
                LogPageRefused(pagesFolder + failure.File, failure.Problem);
            }
        }

        foreach (var failure in assigned.PostFailures)
        {
            if (said.Add((failure.File, failure.Problem)) && !_said.Contains((failure.File, failure.Problem)))
            {
                LogPostRefused(failure.File, failure.Problem);
            }
        }

        _said = said;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Post {File}: {Resolution}")]
    private partial void LogAddress(string file, string resolution);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Post {File}: {Problem}")]
    private partial void LogAlias(string file, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Folder {Folder}: {Problem}")]
    private partial void LogEmptyFolder(string folder, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page {File}: {Problem}")]
    private partial void LogPageAlias(string file, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped post {File}: {Problem}")]
    private partial void LogPostRefused(string file, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped page {File}: {Problem}")]
    private partial void LogPageRefused(string file, string problem);
}
