using Blog.BrowserTests.Support;

namespace Blog.BrowserTests.Pages;

/// <summary>The copy button on code blocks, in a real Chromium.</summary>
public sealed class CodeBlockTests(BrowserSite site)
{
    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task The_copy_button_copies_the_code_and_says_so_in_the_posts_language()
    {
        var page = await site.OpenPage();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync(site.BaseUrl + "/vi/posts/second");

        var button = page.Locator(".post-version:not([hidden]) .code-block button.copy-code").First;
        Assert.Equal("Sao chép", await button.InnerTextAsync());
        await button.ClickAsync();

        await page.WaitUntil("document.querySelector('.post-version:not([hidden]) button.copy-code').textContent === 'Đã chép'");
        Assert.Equal("var greeting = \"xin chào\";\nvar path = @\"C:\\thư mục\";", (await page.EvaluateAsync<string>("navigator.clipboard.readText()")).TrimEnd('\n'));
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task Long_lines_scroll_inside_the_block_not_the_page()
    {
        var page = await site.OpenPage();
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync(site.BaseUrl + "/en/posts/second");

        var widest = await page.EvaluateAsync<string>("(() => { let w = null; for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect(); if (r.right > window.innerWidth + 1 && e.offsetParent !== null && (!w || r.right > w.r)) w = { r: r.right, t: e.tagName + '.' + e.className }; } return JSON.stringify({ w, sw: document.documentElement.scrollWidth, iw: window.innerWidth, blocks: document.querySelectorAll('.code-block').length }); })()");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways: " + widest);
        Assert.True(await page.EvaluateAsync<bool>("(() => { const pre = document.querySelector('.post-version:not([hidden]) pre'); return pre.scrollWidth > pre.clientWidth; })()"));
        await page.SaveScreenshot("post-en-360");
    }
}
