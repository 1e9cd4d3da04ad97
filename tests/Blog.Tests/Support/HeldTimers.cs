namespace Blog.Tests.Support;

/// <summary>
/// The real time of day, with timers that fire only when the test says so: a wait of any length on
/// this clock ends when the test fires it, and never by itself.
/// </summary>
internal sealed class HeldTimers : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<HeldTimer> _timers = [];

    /// <summary>How many timers are set and waiting to fire.</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(t => t.IsSet);
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new HeldTimer(this, callback, state, dueTime);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        return timer;
    }

    /// <summary>Fires every timer that is set, once, as if its time had come.</summary>
    public void FireAll()
    {
        HeldTimer[] set;
        lock (_gate)
        {
            set = [.. _timers.Where(t => t.IsSet)];
        }

        foreach (var timer in set)
        {
            timer.Fire();
        }
    }

    private void Remove(HeldTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class HeldTimer(HeldTimers owner, TimerCallback callback, object? state, TimeSpan dueTime) : ITimer
    {
        private TimeSpan _due = dueTime;

        public bool IsSet => _due != Timeout.InfiniteTimeSpan;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _due = dueTime;
            return true;
        }

        public void Fire()
        {
            _due = Timeout.InfiniteTimeSpan;
            callback(state);
        }

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
