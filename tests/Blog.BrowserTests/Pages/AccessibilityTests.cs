using Blog.BrowserTests.Support;
using Microsoft.Playwright;

namespace Blog.BrowserTests.Pages;

/// <summary>
/// axe-core finds no accessibility violation on the pages readers use, in either theme; among them the
/// sample post with math, a figure, a captioned table, divs and notes, in both its languages.
/// </summary>
public sealed class AccessibilityTests(BrowserSite site)
{
    // The reason names what is missing, so it is decided when the test runs (an attribute takes a constant only).
    [Theory]
    [InlineData("/en", "light")]
    [InlineData("/en/posts/long-read", "light")]
    [InlineData("/en/posts/long-read", "dark")]
    [InlineData("/vi/posts/doc-bang-hai-ngon-ngu", "light")]
    [InlineData("/vi/posts/doc-bang-hai-ngon-ngu", "dark")]
    [InlineData("/vi/posts/second", "dark")]
    [InlineData("/vi/posts/second", "chosen-dark")]
    [InlineData("/en/posts/long-read", "chosen-dark")]
    [InlineData("/en/posts/pictures", "light")]
    [InlineData("/vi/posts/hinh-anh", "dark")]
    [InlineData("/en/posts/queueing-by-the-numbers", "light")]
    [InlineData("/en/posts/queueing-by-the-numbers", "dark")]
    [InlineData("/vi/posts/queueing-by-the-numbers", "light")]
    [InlineData("/vi/posts/queueing-by-the-numbers", "chosen-dark")]
    [InlineData("/en/search?q=reading", "light")]
    [InlineData("/no/such/page", "light")]
    public async Task The_page_has_no_accessibility_violations(string url, string theme)
    {
        Assert.SkipUnless(Axe.Available, Axe.SkipReason);
        var page = await site.OpenPage(bypassCsp: true);
        await page.EmulateMediaAsync(new() { ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        if (theme == "chosen-dark")
        {
            // The reader's choice (the toggle's cookie) on a light system: the other dark path of the stylesheet.
            await page.Context.AddCookiesAsync([new() { Name = "theme", Value = "dark", Url = site.BaseUrl }]);
        }

        await page.GotoAsync(site.BaseUrl + url);

        var violations = await Axe.Violations(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    /// <summary>
    /// The pages most readers land on, each at a phone's width and a desktop's, in both themes: one page
    /// load, checked four times. The stylesheet follows the width and theme at once; the one script that
    /// follows the width (code.js makes blocks that scroll reachable by keyboard) runs on the next frame,
    /// so each check waits for two frames after the change.
    /// </summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/en")]
    [InlineData("/vi")]
    [InlineData("/en/posts/long-read")]
    [InlineData("/vi/posts/doc-bang-hai-ngon-ngu")]
    [InlineData("/en/posts/second")]
    [InlineData("/en/archive")]
    [InlineData("/vi/tags")]
    public async Task Main_pages_have_no_accessibility_violations_on_phones_and_desktops(string url)
    {
        Assert.SkipUnless(Axe.Available, Axe.SkipReason);
        var page = await site.OpenPage(bypassCsp: true);
        await page.GotoAsync(site.BaseUrl + url);

        var found = new List<string>();
        var backgrounds = new Dictionary<ColorScheme, HashSet<string>> { [ColorScheme.Light] = [], [ColorScheme.Dark] = [] };
        foreach (var width in new[] { 360, 1280 })
        {
            foreach (var theme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.SetViewportSizeAsync(width, width < 600 ? 740 : 800);
                await page.EmulateMediaAsync(new() { ColorScheme = theme });
                await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

                // What axe is about to check is the layout and colours of this width and theme, not the last ones.
                Assert.Equal(width, await page.EvaluateAsync<int>("window.innerWidth"));
                backgrounds[theme].Add(await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
                found.AddRange((await Axe.Violations(page)).Select(v => $"{width} px, {theme}: {v}"));
            }
        }

        // Each theme showed one background at both widths, and the two themes showed different ones.
        Assert.Single(backgrounds[ColorScheme.Light]);
        Assert.Single(backgrounds[ColorScheme.Dark]);
        Assert.NotEqual(backgrounds[ColorScheme.Light].Single(), backgrounds[ColorScheme.Dark].Single());
        Assert.True(found.Count == 0, $"{url}:\n" + string.Join('\n', found));
    }
}
