namespace Blog.Hosting;

/// <summary>
/// What the loader is doing, for the health endpoints: whether a load is running and since when, and
/// how the last one ended. Written by <see cref="CatalogRefresher"/> only; read by any probe, lock-free.
/// </summary>
internal sealed class LoaderHealth(TimeProvider time)
{
    private long _startedAt = NotRunning;
    private volatile ReloadFailure? _failure;

    private const long NotRunning = long.MinValue;

    /// <summary>The last load's failure, until a later load succeeds.</summary>
    public ReloadFailure? LastFailure => _failure;

    /// <summary>How long the load in progress has been running; null when none is.</summary>
    public TimeSpan? Running
    {
        get
        {
            var started = Interlocked.Read(ref _startedAt);
            return started == NotRunning ? null : time.GetUtcNow() - new DateTimeOffset(started, TimeSpan.Zero);
        }
    }

    public void Started() => Interlocked.Exchange(ref _startedAt, time.GetUtcNow().UtcTicks);

    public void Succeeded()
    {
        _failure = null;
        Interlocked.Exchange(ref _startedAt, NotRunning);
    }

    public void Failed(Exception exception)
    {
        _failure = new ReloadFailure($"{exception.GetType().Name}: {exception.Message}", time.GetUtcNow());
        Interlocked.Exchange(ref _startedAt, NotRunning);
    }
}

/// <summary>Why the last load failed as a whole (one file's failure is that file's, see the catalog's failures).</summary>
internal sealed record ReloadFailure(string Message, DateTimeOffset At);
