using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Blog.Hosting;

/// <summary>
/// Puts the author's edits on the site without a restart. File system events (or, where they do not
/// arrive, polling) mark the folder as changed; once it has been quiet for a moment, the refresher reads
/// what changed and swaps the catalog. Editors save in bursts (write, rename, touch), so one save makes
/// one reload.
/// </summary>
/// <remarks>Every wait (polling, the heartbeat, the quiet period) runs on the registered <see cref="TimeProvider"/>, so a test can drive it.</remarks>
internal sealed partial class PostsWatcher(CatalogRefresher refresher, SiteSettings settings, IOptions<BlogOptions> options, TimeProvider time, ILogger<PostsWatcher> logger) : BackgroundService
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Which files changed, so that a reload reads those (the periodic full read stays the safety net).</summary>
    private readonly WatchedChanges _named = new(settings.PostsPath);

    /// <summary>
    /// Even with file events, the folder is read this often: a folder replaced or moved away takes its
    /// events with it, and this brings the site back in step.
    /// </summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);

    private volatile bool _watcherFailed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchPosts)
        {
            return;
        }

        var watcher = options.Value.PollPosts ? null : TryWatch();
        LogWatching(settings.PostsPath, watcher is null ? "polling" : "file system events");

        // The pages folder is read with the posts; its edits show as fast. One that appears later is seen by the heartbeat.
        using var pagesWatcher = watcher is null || !Directory.Exists(settings.PagesPath) ? null : TryWatch(settings.PagesPath, pages: true);

        // Edits made between the first load and the watcher starting would otherwise wait for the next one.
        Signal();

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    // Null reads the whole folder: polling, the heartbeat, and whenever the watcher cannot say.
                    IReadOnlyCollection<string>? named = null;
                    if (watcher is null)
                    {
                        // The refresher compares sizes and times itself: an unchanged folder costs one directory walk.
                        if (!_changes.Reader.TryRead(out _))
                        {
                            await Task.Delay(options.Value.PollingInterval, time, stoppingToken);
                        }
                    }
                    else
                    {
                        var changed = await Changed(Heartbeat, stoppingToken);
                        if (changed)
                        {
                            await Quiet(stoppingToken);
                        }

                        // Taken before reading, so that a change made during the read is named to the next one;
                        // the heartbeat reads everything anyway.
                        var taken = _named.Take();
                        named = changed ? taken : null;

                        if (_watcherFailed || !Directory.Exists(watcher.Path))
                        {
                            // Until the folder can be watched again, the heartbeat keeps reading it.
                            _watcherFailed = true;
                            named = null;
                            if (Directory.Exists(settings.PostsPath) && TryWatch() is { } fresh)
                            {
                                watcher.Dispose();
                                watcher = fresh;
                                _watcherFailed = false;
                            }
                        }
                    }

                    refresher.Refresh(initial: false, named);
                    if (named is null && watcher is not null)
                    {
                        // After a whole read, while nothing waits: the next edit is then patched at once.
                        refresher.Prepare();
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    // A failed reload keeps the current catalog; the next change or heartbeat tries again.
                    // Out of memory too: one huge allocation failing leaves the process able to go on, and
                    // readiness reports the failure (see LoaderHealth). The files it was to read are read with the rest next time.
                    _named.NoteEverything();
                    LogReloadFailed(ex);
                }
            }
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    /// <summary>True when a change arrived within the time given; false when the time ran out.</summary>
    private async Task<bool> Changed(TimeSpan within, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(within, time);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await _changes.Reader.ReadAsync(waiting.Token);
            return true;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// Waits until no change has arrived for the reload delay, but never longer than a few delays in
    /// all: a file written to every 100 ms must not hold every other edit back.
    /// </summary>
    private async Task Quiet(CancellationToken stoppingToken)
    {
        var latest = time.GetUtcNow() + (options.Value.ReloadDelay * 4);
        while (time.GetUtcNow() < latest)
        {
            using var timeout = new CancellationTokenSource(Min(options.Value.ReloadDelay, latest - time.GetUtcNow()), time);
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
            try
            {
                await _changes.Reader.ReadAsync(waiting.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b > TimeSpan.Zero ? b : TimeSpan.Zero;

    private FileSystemWatcher? TryWatch() => TryWatch(settings.PostsPath, pages: false);

    /// <param name="pages">A change in the pages folder is read as a change of everything (pages are few, and rarely edited).</param>
    private FileSystemWatcher? TryWatch(string folder, bool pages)
    {
        if (!Directory.Exists(folder))
        {
            // Nothing to watch yet: polling notices the folder when it appears.
            return null;
        }

        try
        {
            return Watch(folder, pages);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // Out of inotify instances, for example: polling still keeps the site up to date.
            LogCannotWatch(ex);
            return null;
        }
    }

    private FileSystemWatcher Watch(string folder, bool pages)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            // Attributes too: a file made readable again (chmod) is read again.
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.Attributes,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, args) => Seen(args.FullPath);
        watcher.Created += (_, args) => Seen(args.FullPath);
        watcher.Deleted += (_, args) => Seen(args.FullPath);
        watcher.Renamed += (_, args) =>
        {
            // Both names: the post that was there is gone, and the one there now is new.
            Seen(args.OldFullPath);
            Seen(args.FullPath);
        };
        watcher.Error += (_, args) =>
        {
            // Too many events at once, or the folder went away: read the whole folder, and watch it anew.
            LogWatcherError(args.GetException());
            _watcherFailed = true;
            _named.NoteEverything();
            Signal();
        };
        try
        {
            watcher.EnableRaisingEvents = true;
        }
        catch
        {
            watcher.Dispose();
            throw;
        }

        return watcher;

        void Seen(string fullPath)
        {
            if (pages)
            {
                _named.NoteEverything();
            }
            else
            {
                _named.Note(fullPath);
            }

            Signal();
        }
    }

    private void Signal() => _changes.Writer.TryWrite(true);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {PostsPath} for changes by {Method}")]
    private partial void LogWatching(string postsPath, string method);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The posts folder cannot be watched for file events; polling instead")]
    private partial void LogCannotWatch(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The posts folder watcher reported an error; reading the whole folder")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading posts failed; the site keeps serving the current posts")]
    private partial void LogReloadFailed(Exception exception);
}
