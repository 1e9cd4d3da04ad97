namespace Blog.Caching;

/// <summary>
/// Which origins (scheme and host) may have pages kept when, without <c>Blog:BaseUrl</c>, pages are built
/// from the request's own address. A site is reached under a few names (its domain, www, an IP); anyone
/// can send any other <c>Host</c>. The slots are few and go to the origins readers actually use: a newcomer
/// takes a slot only from a holder that served fewer pages than the newcomer asked for, counted since the
/// holder's last few catalog changes. So junk hosts, however many, cannot take the real host's slot unless
/// they send more traffic than its readers; and the slots outlive a catalog change, so the hosts that sent
/// the first requests after an edit or a restart do not decide who is cached.
/// </summary>
internal sealed class OriginSlots
{
    /// <summary>How many origins may have pages kept at once.</summary>
    public const int Capacity = 4;

    /// <summary>Origins waiting for a slot whose requests are counted; a bounded "space-saving" tally.</summary>
    private const int Waiting = 16;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Tally> _waiting = new(StringComparer.Ordinal);
    private Dictionary<string, Tally> _held = new(StringComparer.Ordinal);

    /// <summary>The tally of an origin that holds a slot, or null. Lock-free: called for every page served.</summary>
    public Tally? Holder(string origin) => Volatile.Read(ref _held).GetValueOrDefault(origin);

    /// <summary>
    /// Counts a request for a page the origin has no kept copy of, and gives the origin a slot when one is
    /// free or its count passes the least-used holder's. <paramref name="evicted"/> is the origin that lost
    /// its slot, whose pages must go.
    /// </summary>
    public Tally? Admit(string origin, out string? evicted)
    {
        evicted = null;
        if (Holder(origin) is { } held)
        {
            return held;
        }

        lock (_gate)
        {
            var holders = _held;
            if (holders.TryGetValue(origin, out held))
            {
                return held;
            }

            var tally = Count(origin);
            if (holders.Count >= Capacity)
            {
                var least = holders.MinBy(h => h.Value.Count);
                if (tally.Count <= least.Value.Count)
                {
                    return null;
                }

                evicted = least.Key;
            }

            var next = new Dictionary<string, Tally>(holders, StringComparer.Ordinal);
            if (evicted is not null)
            {
                next.Remove(evicted);
            }

            _waiting.Remove(origin);
            next[origin] = tally;
            Volatile.Write(ref _held, next);
            return tally;
        }
    }

    /// <summary>Halves every count when the catalog changes, so old popularity fades.</summary>
    public void Decay()
    {
        lock (_gate)
        {
            foreach (var tally in _held.Values)
            {
                tally.Halve();
            }

            foreach (var tally in _waiting.Values)
            {
                tally.Halve();
            }
        }
    }

    /// <summary>
    /// One more request from a waiting origin. When the table is full the least-counted entry makes room
    /// and the newcomer inherits its count (the space-saving algorithm): an origin sending a real share of
    /// the requests always stays in the table, whatever the number of others.
    /// </summary>
    private Tally Count(string origin)
    {
        if (!_waiting.TryGetValue(origin, out var tally))
        {
            long inherited = 0;
            if (_waiting.Count >= Waiting)
            {
                var least = _waiting.MinBy(w => w.Value.Count);
                inherited = least.Value.Count;
                _waiting.Remove(least.Key);
            }

            tally = new Tally(inherited);
            _waiting[origin] = tally;
        }

        tally.Add();
        return tally;
    }

    /// <summary>Requests counted for one origin; increments race harmlessly (an estimate is enough).</summary>
    internal sealed class Tally(long start)
    {
        private long _count = start;

        public long Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);

        public void Halve() => Volatile.Write(ref _count, Volatile.Read(ref _count) / 2);
    }
}
