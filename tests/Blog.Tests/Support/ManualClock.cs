namespace Blog.Tests.Support;

/// <summary>A clock the test moves by hand: time-based behaviour without waiting for time to pass.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
