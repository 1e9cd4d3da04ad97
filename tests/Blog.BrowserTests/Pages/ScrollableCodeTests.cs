using Blog.BrowserTests.Support;
using Microsoft.Playwright;

namespace Blog.BrowserTests.Pages;

/// <summary>
/// Code wider than the screen scrolls inside its block, and keyboard users can scroll it too (WCAG
/// 2.1.1, axe's scrollable-region-focusable): on phones, where nearly every block scrolls, and on desktops.
/// </summary>
public sealed class ScrollableCodeTests(BrowserSite site)
{
    private const string Post = "/en/posts/wide-code";

    private const string ShownCode = ".post-version:not([hidden]) .post-body pre";

    // The reason names what is missing, so it is decided when the test runs (an attribute takes a constant only).
    [Theory]
    [InlineData(Post, 360, "light")]
    [InlineData(Post, 360, "dark")]
    [InlineData(Post, 1000, "light")]
    [InlineData(Post, 1000, "dark")]
    [InlineData("/vi/posts/ma-rong", 360, "dark")]
    [InlineData("/en/posts/second", 360, "light")]
    public async Task A_post_with_code_wider_than_the_screen_has_no_accessibility_violations(string url, int width, string theme)
    {
        Assert.SkipUnless(Axe.Available, Axe.SkipReason);
        var page = await site.OpenPage(bypassCsp: true);
        await page.SetViewportSizeAsync(width, 740);
        await page.EmulateMediaAsync(new() { ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.GotoAsync(site.BaseUrl + url);
        Assert.True(await page.EvaluateAsync<bool>($"[...document.querySelectorAll('{ShownCode}')].some(pre => pre.scrollWidth > pre.clientWidth)"));

        var violations = await Axe.Violations(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Theory(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    [InlineData(360)]
    [InlineData(1000)]
    public async Task Tab_reaches_the_code_with_a_visible_focus_and_the_arrow_keys_scroll_it(int width)
    {
        var page = await site.OpenPage();
        await page.SetViewportSizeAsync(width, 740);
        await page.GotoAsync(site.BaseUrl + Post);

        var reached = false;
        for (var presses = 0; presses < 30 && !reached; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>($"document.activeElement === document.querySelector('{ShownCode}')");
        }

        Assert.True(reached, "Tab never reached the code block");
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        Assert.Equal("3px", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineWidth"));

        for (var presses = 0; presses < 5; presses++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await page.WaitUntil($"document.querySelector('{ShownCode}').scrollLeft > 0");
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task Code_that_fits_adds_no_tab_stop_until_the_window_is_too_narrow_for_it()
    {
        var page = await site.OpenPage();
        await page.GotoAsync(site.BaseUrl + "/vi/posts/second");
        var shortBlock = $"document.querySelectorAll('{ShownCode}')[1]";
        Assert.Null(await page.EvaluateAsync<string?>($"{shortBlock}.getAttribute('tabindex')"));

        await page.SetViewportSizeAsync(200, 740);

        await page.WaitUntil($"{shortBlock}.scrollWidth > {shortBlock}.clientWidth && {shortBlock}.tabIndex === 0");
    }
}
