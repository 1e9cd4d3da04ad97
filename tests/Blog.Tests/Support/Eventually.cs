namespace Blog.Tests.Support;

/// <summary>Waits for a condition with a deadline, checking often; never a fixed sleep.</summary>
internal static class Eventually
{
    /// <summary>
    /// Only a bound on a hang: a condition that holds ends the wait at once, so a generous deadline costs
    /// nothing, while a short one fails a correct app on a loaded machine (CI shares two cores).
    /// </summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);

    /// <param name="onTimeout">What to print with the failure, to diagnose it.</param>
    public static async Task True(Func<Task<bool>> condition, string what, TimeSpan? deadline = null, Func<string>? onTimeout = null)
    {
        var until = DateTime.UtcNow + (deadline ?? Deadline);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Timed out waiting until {what}" + (onTimeout is null ? string.Empty : "\n" + onTimeout()));
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
