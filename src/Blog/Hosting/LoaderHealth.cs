namespace Blog.Hosting;

/// <summary>
/// What the loader is doing, for the health endpoints: whether a load is running and since when, and
/// how the last one ended. Written by <see cref="CatalogRefresher"/> only; read by any probe, lock-free.
/// </summary>
internal sealed class LoaderHealth(TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _startedAt = NotRunning;
    private int _running;
    private volatile ReloadFailure? _failure;

    private const long NotRunning = long.MinValue;

    /// <summary>The last load's failure, until a later load succeeds.</summary>
    public ReloadFailure? LastFailure => _failure;

    /// <summary>How long loads have been running without a break (the first load and a reload may overlap); null when none is.</summary>
    public TimeSpan? Running
    {
        get
        {
            var started = Interlocked.Read(ref _startedAt);
            return started == NotRunning ? null : time.GetUtcNow() - new DateTimeOffset(started, TimeSpan.Zero);
        }
    }

    public void Started()
    {
        lock (_gate)
        {
            if (_running++ == 0)
            {
                Interlocked.Exchange(ref _startedAt, time.GetUtcNow().UtcTicks);
            }
        }
    }

    public void Succeeded()
    {
        _failure = null;
        Ended();
    }

    public void Failed(Exception exception)
    {
        _failure = new ReloadFailure($"{exception.GetType().Name}: {exception.Message}", time.GetUtcNow());
        Ended();
    }

    private void Ended()
    {
        lock (_gate)
        {
            if (--_running == 0)
            {
                Interlocked.Exchange(ref _startedAt, NotRunning);
            }
        }
    }
}

/// <summary>Why the last load failed as a whole (one file's failure is that file's, see the catalog's failures).</summary>
internal sealed record ReloadFailure(string Message, DateTimeOffset At);
