using System.Collections.Concurrent;

namespace Blog.Caching;

/// <summary>
/// Makes kept pages' brotli bodies in the background, a few at a time (as many as renders may run):
/// brotli at its best quality costs forty times gzip's time, so no request waits for it and no client,
/// however many pages it asks for in brotli, can put more processors to it than renders get.
/// </summary>
internal sealed partial class BrotliQueue(int turns, ILogger<BrotliQueue> logger)
{
    private readonly ConcurrentQueue<CachedPage> _waiting = new();
    private int _working;
    private long _queued;
    private long _made;

    /// <summary>Pages put in the queue so far.</summary>
    public long Queued => Interlocked.Read(ref _queued);

    /// <summary>Brotli bodies made so far.</summary>
    public long Made => Interlocked.Read(ref _made);

    public void Add(CachedPage page)
    {
        Interlocked.Increment(ref _queued);
        _waiting.Enqueue(page);
        StartWorkerIfRoom();
    }

    private void StartWorkerIfRoom()
    {
        var working = Volatile.Read(ref _working);
        while (working < turns)
        {
            var seen = Interlocked.CompareExchange(ref _working, working + 1, working);
            if (seen == working)
            {
                // The work is the site's, not the asking request's: it must not carry that request's context along.
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(Work);
                }

                return;
            }

            working = seen;
        }
    }

    private void Work()
    {
        while (_waiting.TryDequeue(out var page))
        {
            try
            {
                page.MakeBrotli();
                Interlocked.Increment(ref _made);
            }
            catch (Exception ex)
            {
                // The page keeps being served in gzip; brotli is not tried again for it.
                LogFailed(ex, page.Identity.Length);
            }
        }

        Interlocked.Decrement(ref _working);

        // A page added between the last look and the decrement found no room: look again.
        if (!_waiting.IsEmpty)
        {
            StartWorkerIfRoom();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not compress a page of {Bytes} bytes with brotli; it is served in gzip")]
    private partial void LogFailed(Exception exception, long bytes);
}
