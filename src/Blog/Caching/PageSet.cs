using System.Collections.Concurrent;
using Blog.Content.Catalog;

namespace Blog.Caching;

/// <summary>The pages rendered from one catalog, within a memory budget.</summary>
internal sealed class PageSet(PostCatalog catalog, ReaderLanguages languages)
{
    private readonly ConcurrentDictionary<PageKey, CachedPage> _pages = new();
    private readonly ConcurrentDictionary<PageKey, TaskCompletionSource> _rendering = new();
    private long _bytes;
    private int _waiting;

    public PostCatalog Catalog { get; } = catalog;

    /// <summary>How a reader's language at <c>/</c> is decided over this catalog's languages.</summary>
    public ReaderLanguages Languages { get; } = languages;

    public int Count => _pages.Count;

    /// <summary>Requests waiting for another's render of the page they asked for.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Counts a request as waiting until the returned object is disposed.</summary>
    public IDisposable Wait()
    {
        Interlocked.Increment(ref _waiting);
        return new Waiter(this);
    }

    /// <summary>What the kept pages (and those being compressed) take, near enough for a budget.</summary>
    public long Bytes => Volatile.Read(ref _bytes);

    public bool TryGet(PageKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CachedPage? page) =>
        _pages.TryGetValue(key, out page);

    /// <summary>
    /// Claims the rendering of a page nobody is rendering yet (true), or gives the task of the request
    /// already rendering it, to wait for instead of rendering the same page again: after an edit every
    /// reader of a page misses at once, and one render (and one compression) serves them all.
    /// </summary>
    public bool TryClaim(PageKey key, out TaskCompletionSource claim)
    {
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        claim = _rendering.GetOrAdd(key, mine);
        return ReferenceEquals(claim, mine);
    }

    /// <summary>Ends a claim, whether or not the page was kept: whoever waited looks again.</summary>
    public void Release(PageKey key, TaskCompletionSource claim)
    {
        _rendering.TryRemove(new KeyValuePair<PageKey, TaskCompletionSource>(key, claim));
        claim.TrySetResult();
    }

    /// <summary>Sets room aside before the work of compressing a page, so a full budget costs nothing.</summary>
    public bool TryReserve(long bytes, long limit)
    {
        if (Interlocked.Add(ref _bytes, bytes) <= limit)
        {
            return true;
        }

        Interlocked.Add(ref _bytes, -bytes);
        return false;
    }

    /// <summary>Gives back room reserved for a page that was not kept after all.</summary>
    public void Release(long bytes) => Interlocked.Add(ref _bytes, -bytes);

    /// <summary>Keeps a page in the room reserved for it (two readers may have rendered it at once: one copy stays).</summary>
    public void Add(PageKey key, CachedPage page, long reserved)
    {
        var kept = _pages.TryAdd(key, page);
        Interlocked.Add(ref _bytes, (kept ? page.Size : 0) - reserved);
    }

    /// <summary>Drops the pages of an origin that lost its slot.</summary>
    public void RemoveOrigin(string origin)
    {
        foreach (var key in _pages.Keys)
        {
            if (key.Origin == origin && _pages.TryRemove(key, out var page))
            {
                Interlocked.Add(ref _bytes, -page.Size);
            }
        }
    }

    private sealed class Waiter(PageSet set) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref set._waiting);
    }
}
