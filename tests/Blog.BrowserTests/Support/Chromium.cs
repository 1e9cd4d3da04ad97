namespace Blog.BrowserTests.Support;

/// <summary>
/// Where Debian's Chromium is. Browser tests run when it is installed; elsewhere they are skipped with
/// the reason, except when <c>BLOG_REQUIRE_BROWSER=1</c> (CI sets it), where a missing browser fails them.
/// </summary>
public static class Chromium
{
    public const string SkipReason =
        "Chromium is not installed: run 'apt-get install -y chromium' (or set CHROMIUM_PATH) to run the browser tests.";

    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static bool Required { get; } = Environment.GetEnvironmentVariable("BLOG_REQUIRE_BROWSER") == "1";

    /// <summary>Read by <c>[Fact(SkipUnless = ...)]</c>: true runs the test.</summary>
    public static bool Available => Required || File.Exists(ExecutablePath);
}
