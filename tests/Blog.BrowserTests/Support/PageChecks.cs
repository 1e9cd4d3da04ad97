using Microsoft.Playwright;

namespace Blog.BrowserTests.Support;

/// <summary>What a reader sees, read from the live page.</summary>
internal static class PageChecks
{
    public static Task<string> HtmlLang(this IPage page) => page.EvaluateAsync<string>("document.documentElement.lang");

    public static Task<string> ShownLanguage(this IPage page) =>
        page.EvaluateAsync<string>("[...document.querySelectorAll('.post-version')].filter(v => !v.hidden).map(v => v.dataset.lang).join(',')");

    public static Task<string> TocTitle(this IPage page) => page.Locator("nav#TOC h2").InnerTextAsync();

    public static Task<string> VisibleH1(this IPage page) => page.Locator(".post-version:not([hidden]) h1").InnerTextAsync();

    /// <summary>
    /// Waits until a condition holds in the page, checking often, with a deadline. (Playwright's own
    /// WaitForFunction compiles the condition inside the page, which the site's CSP rightly forbids.)
    /// </summary>
    public static async Task WaitUntil(this IPage page, string condition)
    {
        // Only a bound on a hang: a browser and the server sharing two loaded cores can take far longer than alone.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(45);
        while (!await page.EvaluateAsync<bool>(condition))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {condition}");
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Marks the current document; the mark survives only if no page load happens.</summary>
    public static Task MarkDocument(this IPage page) => page.EvaluateAsync("window.__sameDocument = true");

    public static Task<bool> IsSameDocument(this IPage page) => page.EvaluateAsync<bool>("window.__sameDocument === true");

    public static string PathOf(this IPage page) => new Uri(page.Url).AbsolutePath;

    /// <summary>Saves a screenshot beside the test binaries and attaches it to the test result.</summary>
    public static async Task SaveScreenshot(this IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".png");
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = false });
        TestContext.Current.AddAttachment(name, bytes, "image/png");
    }
}
