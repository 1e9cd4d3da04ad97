using System.Threading.Channels;

namespace Blog.Hosting;

/// <summary>
/// Puts the author's edits on the site without a restart. File system events (or, where they do not
/// arrive, polling) mark the folder as changed; once it has been quiet for a moment, the refresher reads
/// what changed and swaps the catalog. Editors save in bursts (write, rename, touch), so one save makes
/// one reload.
/// </summary>
internal sealed partial class PostsWatcher(CatalogRefresher refresher, SiteSettings settings, ILogger<PostsWatcher> logger) : BackgroundService
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.WatchPosts)
        {
            return;
        }

        using var watcher = settings.PollPosts ? null : TryWatch();
        var polling = watcher is null;
        LogWatching(settings.PostsPath, polling ? "polling" : "file system events");

        // Edits made between the first load and the watcher starting would otherwise wait for the next one.
        Signal();

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (polling)
                {
                    // The refresher compares sizes and times itself: an unchanged folder costs one directory walk.
                    if (!_changes.Reader.TryRead(out _))
                    {
                        await Task.Delay(settings.PollingInterval, stoppingToken);
                    }
                }
                else
                {
                    await _changes.Reader.ReadAsync(stoppingToken);
                    await Quiet(stoppingToken);
                }

                refresher.Refresh(initial: false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A failed reload keeps the current catalog; the next change tries again.
                LogReloadFailed(ex);
            }
        }
    }

    /// <summary>Waits until no change has arrived for the reload delay.</summary>
    private async Task Quiet(CancellationToken stoppingToken)
    {
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(settings.ReloadDelay);
            try
            {
                await _changes.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private FileSystemWatcher? TryWatch()
    {
        if (!Directory.Exists(settings.PostsPath))
        {
            // Nothing to watch yet: polling notices the folder when it appears.
            return null;
        }

        try
        {
            return Watch();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // Out of inotify instances, for example: polling still keeps the site up to date.
            LogCannotWatch(ex);
            return null;
        }
    }

    private FileSystemWatcher Watch()
    {
        var watcher = new FileSystemWatcher(settings.PostsPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, _) => Signal();
        watcher.Created += (_, _) => Signal();
        watcher.Deleted += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        watcher.Error += (_, args) =>
        {
            // Too many events at once: the buffer overflowed, so read the whole folder.
            LogWatcherError(args.GetException());
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
