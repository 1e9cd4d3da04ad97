using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Blog.Content.Catalog;

/// <summary>
/// Holds the current <see cref="PostCatalog"/>. Readers take a reference and never lock; a reload
/// swaps in a whole new snapshot with one write, so nobody sees a half-updated site.
/// </summary>
/// <remarks>
/// A scheduled post is published by a timer on <paramref name="time"/> that fires at the snapshot's
/// <see cref="PostCatalog.ValidUntil"/> and swaps in the next snapshot: building it (tens of ms for
/// thousands of posts) never falls on the request that happens to come first after that moment, and a
/// test moves the clock instead of waiting on it.
/// </remarks>
public sealed partial class CatalogStore(TimeProvider time, ILogger<CatalogStore>? logger = null) : IDisposable
{
    /// <summary>The longest a <see cref="ITimer"/> accepts; a post scheduled further ahead is checked again then.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly Lock _timerGate = new();
    private PostCatalog _catalog = PostCatalog.Empty;
    private ITimer? _timer;
    private bool _disposed;
    private volatile bool _loaded;

    /// <summary>True once the first load has finished, even if it found no posts.</summary>
    public bool IsLoaded => _loaded;

    public PostCatalog Current => Volatile.Read(ref _catalog);

    /// <summary>
    /// Swaps in a snapshot of the result. A result patched from the one the current snapshot was made of
    /// patches the snapshot too (see <see cref="PostCatalog"/>): the same snapshot, at the cost of the change.
    /// </summary>
    /// <returns>Whether the snapshot was patched, rather than built whole.</returns>
    public bool Replace(LoadResult result)
    {
        var now = time.GetUtcNow();
        var current = Volatile.Read(ref _catalog);
        var patched = result.Changes is { } changes && ReferenceEquals(result.PatchedFrom, current.AllPosts)
            && ReferenceEquals(result.Pages, current.Parts.Pages) && ReferenceEquals(result.Intros, current.Parts.Intros) && result.Permalink == current.Parts.Permalink
            ? current.Patch(result.Posts, result.Failures, changes, now, result.UnreadableFolders)
            : null;
        var next = patched ?? new PostCatalog(result.Posts, result.Failures, now, new SiteParts(result.Pages, result.Intros, result.Permalink))
        {
            UnreadableFolders = result.UnreadableFolders,
        };
        Volatile.Write(ref _catalog, next);
        _loaded = true;
        ArmFor(next);
        return patched is not null;
    }

    public void Dispose()
    {
        lock (_timerGate)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }

    /// <summary>The timer's callback: publishes what is due, unless a reload got there first.</summary>
    private void PublishDue()
    {
        var catalog = Volatile.Read(ref _catalog);
        var now = time.GetUtcNow();
        if (now >= catalog.ValidUntil)
        {
            PostCatalog fresh;
            try
            {
                fresh = catalog.At(now);
            }
            catch (Exception exception)
            {
                // On a timer thread an escaping exception ends the process: the site keeps its current
                // snapshot, says why, and tries again shortly (a reload re-arms the timer too).
                PublishFailed(logger ?? NullLogger<CatalogStore>.Instance, exception, catalog.ValidUntil);
                Retry(catalog);
                return;
            }

            // A reload swapped in meanwhile is newer than this, and has armed its own timer.
            if (Interlocked.CompareExchange(ref _catalog, fresh, catalog) != catalog)
            {
                return;
            }

            catalog = fresh;
        }

        ArmFor(catalog);
    }

    private static readonly TimeSpan RetryWait = TimeSpan.FromSeconds(30);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing the posts scheduled for {Due} failed; the site keeps the current posts and tries again")]
    private static partial void PublishFailed(ILogger logger, Exception exception, DateTimeOffset due);

    private void Retry(PostCatalog catalog)
    {
        lock (_timerGate)
        {
            if (_disposed || !ReferenceEquals(catalog, Volatile.Read(ref _catalog)))
            {
                return;
            }

            _timer?.Dispose();
            _timer = time.CreateTimer(_ => PublishDue(), null, RetryWait, Timeout.InfiniteTimeSpan);
        }
    }

    private void ArmFor(PostCatalog catalog)
    {
        lock (_timerGate)
        {
            if (_disposed || !ReferenceEquals(catalog, Volatile.Read(ref _catalog)))
            {
                return;
            }

            _timer?.Dispose();
            _timer = null;
            if (catalog.ValidUntil == DateTimeOffset.MaxValue)
            {
                return;
            }

            var wait = catalog.ValidUntil - time.GetUtcNow();
            wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;
            _timer = time.CreateTimer(_ => PublishDue(), null, wait, Timeout.InfiniteTimeSpan);
        }
    }
}
