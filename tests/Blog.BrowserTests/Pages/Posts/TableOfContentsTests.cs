using Blog.BrowserTests.Support;

namespace Blog.BrowserTests.Pages.Posts;

/// <summary>The contents beside the article on wide screens, above it on phones, following the reader.</summary>
public sealed class TableOfContentsTests(BrowserSite site)
{
    private const string Post = "/en/posts/long-read";

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task The_contents_mark_the_section_being_read()
    {
        var page = await site.OpenPage();
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync(site.BaseUrl + Post);

        await page.EvaluateAsync("document.getElementById('section-3').scrollIntoView()");
        await page.WaitUntil("document.querySelector('nav#TOC a[aria-current]')?.getAttribute('href') === '#section-3'");

        await page.EvaluateAsync("document.getElementById('section-5').scrollIntoView()");
        await page.WaitUntil("document.querySelector('nav#TOC a[aria-current]')?.getAttribute('href') === '#section-5'");
        Assert.Equal(1, await page.Locator("nav#TOC a[aria-current]").CountAsync());
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task On_a_wide_screen_the_contents_sit_beside_the_article_and_stay_in_view()
    {
        var page = await site.OpenPage();
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync(site.BaseUrl + Post);

        var toc = (await page.Locator("nav#TOC").BoundingBoxAsync())!;
        var body = (await page.Locator(".post-version:not([hidden]) .post-body").BoundingBoxAsync())!;
        Assert.True(toc.X > body.X + body.Width, "the contents are to the right of the article");

        await page.EvaluateAsync("document.getElementById('section-4').scrollIntoView()");
        var scrolled = (await page.Locator("nav#TOC").BoundingBoxAsync())!;
        Assert.InRange(scrolled.Y, 0, 800 - 10);
        await page.SaveScreenshot("post-en-1280");
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task On_a_phone_the_contents_come_before_the_article_and_nothing_scrolls_sideways()
    {
        var page = await site.OpenPage();
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync(site.BaseUrl + Post);

        var toc = (await page.Locator("nav#TOC").BoundingBoxAsync())!;
        var body = (await page.Locator(".post-version:not([hidden]) .post-body").BoundingBoxAsync())!;
        Assert.True(toc.Y + toc.Height <= body.Y, "the contents are above the article");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await page.SaveScreenshot("post-en-360-contents");
    }
}
