namespace Blog.Content.Tests.Support;

/// <summary>
/// Hostile-input tests time a parse only to catch a hang or a quadratic blow-up, which on their inputs
/// takes minutes; speed itself is measured by the benchmarks. The bound is generous so that a busy
/// 2-core CI machine (load averages of 20 have been seen) never fails a parse that is merely slow there.
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
}
