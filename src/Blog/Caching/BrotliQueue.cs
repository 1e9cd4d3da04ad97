namespace Blog.Caching;

/// <summary>
/// Makes kept pages' brotli bodies in the background, a few at a time (as many as renders may run):
/// brotli at its best quality costs forty times gzip's time, so no request waits for it and no client,
/// however many pages it asks for in brotli, can put more processors to it than renders get.
/// </summary>
internal sealed partial class BrotliQueue(int turns, ILogger<BrotliQueue> logger) : IDisposable
{
    private readonly SemaphoreSlim _turns = new(turns, turns);
    private long _queued;
    private long _made;

    /// <summary>Pages put in the queue so far.</summary>
    public long Queued => Interlocked.Read(ref _queued);

    /// <summary>Brotli bodies made so far.</summary>
    public long Made => Interlocked.Read(ref _made);

    public void Add(CachedPage page)
    {
        Interlocked.Increment(ref _queued);

        // The work is the site's, not the asking request's: it must not carry that request's context along.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => Make(page));
        }
    }

    public void Dispose() => _turns.Dispose();

    private async Task Make(CachedPage page)
    {
        await _turns.WaitAsync().ConfigureAwait(false);
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
        finally
        {
            _turns.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not compress a page of {Bytes} bytes with brotli; it is served in gzip")]
    private partial void LogFailed(Exception exception, long bytes);
}
