using Blog.BrowserTests.Support;
using Microsoft.Playwright;

namespace Blog.BrowserTests.Pages.Posts;

/// <summary>The language toggle in a real Chromium: what a reader clicks, sees and keeps.</summary>
public sealed class LanguageToggleTests(BrowserSite site)
{
    private const string English = "/en/posts/long-read";
    private const string Vietnamese = "/vi/posts/doc-bang-hai-ngon-ngu";

    private static ILocator Toggle(IPage page, string language) => page.Locator($".language-toggle a[data-lang='{language}']");

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task The_toggle_switches_the_whole_post_in_place_without_a_reload()
    {
        var page = await site.OpenPage();
        await page.GotoAsync(site.BaseUrl + English);
        Assert.Equal("en", await page.HtmlLang());
        Assert.Equal("Reading in two languages", await page.VisibleH1());
        Assert.Equal("Contents", await page.TocTitle());
        Assert.Equal("About", await page.Locator(".site-menu a").InnerTextAsync());
        await page.SaveScreenshot("post-en");
        await page.MarkDocument();

        await Toggle(page, "vi").ClickAsync();

        Assert.True(await page.IsSameDocument(), "switching language must not load a new page");
        Assert.Equal(Vietnamese, page.PathOf());
        Assert.Equal("vi", await page.HtmlLang());
        Assert.Equal("vi", await page.ShownLanguage());
        Assert.Equal("Đọc bằng hai ngôn ngữ", await page.VisibleH1());
        Assert.Equal("Một bài dài để chuyển ngôn ngữ.", await page.Locator(".post-version:not([hidden]) .subtitle").InnerTextAsync());
        Assert.Equal("Mục lục", await page.TocTitle());
        Assert.Equal("Phần 1", await page.Locator("nav#TOC li a").First.InnerTextAsync());
        Assert.Equal("Đọc bằng hai ngôn ngữ", await page.TitleAsync());
        Assert.Equal("Một bài tiếng Việt dài.", await page.Locator("meta[name=description]").GetAttributeAsync("content"));
        Assert.Equal("page", await Toggle(page, "vi").GetAttributeAsync("aria-current"));
        Assert.Null(await Toggle(page, "en").GetAttributeAsync("aria-current"));
        Assert.Equal(0, await page.Locator("nav#TOC-vi").CountAsync());
        Assert.Equal("Bài viết", await page.Locator("[data-ui=posts]").InnerTextAsync());
        Assert.Equal("/vi", await page.Locator("[data-ui=posts]").GetAttributeAsync("href"));
        Assert.Equal("Lưu trữ", await page.Locator("[data-ui=archive]").InnerTextAsync());
        Assert.Equal("/vi/tags", await page.Locator("[data-ui=tags]").GetAttributeAsync("href"));
        Assert.Equal("Ngôn ngữ", await page.Locator(".language-toggle").GetAttributeAsync("aria-label"));
        Assert.Equal("Trang web", await page.Locator("[data-ui-label=site]").GetAttributeAsync("aria-label"));
        Assert.Equal(["Tìm kiếm", "Tìm kiếm"], await page.Locator("[data-ui=search]").AllTextContentsAsync());
        Assert.Equal("Giao diện tối", await page.Locator("[data-ui=theme-dark]").TextContentAsync());
        Assert.Equal("Giới thiệu", await page.Locator(".site-menu a").InnerTextAsync());
        Assert.Equal("/vi/about", await page.Locator(".site-menu a").GetAttributeAsync("href"));
        Assert.Equal("Các trang", await page.Locator(".site-menu").GetAttributeAsync("aria-label"));
        await page.SaveScreenshot("post-vi");
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task The_page_scripts_raise_no_errors()
    {
        var page = await site.OpenPage();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(message.Text); } };

        await page.GotoAsync(site.BaseUrl + English);
        await Toggle(page, "vi").ClickAsync();
        await page.GotoAsync(site.BaseUrl + "/en");
        await page.GotoAsync(site.BaseUrl + English + "#100%");

        Assert.Empty(errors);
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task Back_restores_the_previous_language()
    {
        var page = await site.OpenPage();
        await page.GotoAsync(site.BaseUrl + English);
        await page.MarkDocument();
        await Toggle(page, "vi").ClickAsync();
        Assert.Equal("vi", await page.HtmlLang());

        await page.GoBackAsync();

        await page.WaitUntil("document.documentElement.lang === 'en'");
        Assert.True(await page.IsSameDocument());
        Assert.Equal(English, page.PathOf());
        Assert.Equal("en", await page.ShownLanguage());
        Assert.Equal("Reading in two languages", await page.TitleAsync());

        await page.GoForwardAsync();
        await page.WaitUntil("document.documentElement.lang === 'vi'");
        Assert.Equal(Vietnamese, page.PathOf());
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task The_reader_lands_on_the_same_section_in_the_other_language()
    {
        var page = await site.OpenPage();
        await page.GotoAsync(site.BaseUrl + English);
        await page.EvaluateAsync("document.getElementById('section-3').scrollIntoView(); window.scrollBy(0, -120)");
        var before = await page.EvaluateAsync<double>("document.getElementById('section-3').getBoundingClientRect().top");

        // Click where the reader sees the (sticky) toggle; Playwright's own click would scroll first.
        var box = (await Toggle(page, "vi").BoundingBoxAsync())!;
        Assert.InRange(box.Y, 0, 100);
        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));

        var headings = await page.EvaluateAsync<double[]>(
            "[...document.querySelectorAll('.post-version:not([hidden]) .post-body > h2')].map(h => h.getBoundingClientRect().top)");
        Assert.Equal(5, headings.Length);
        Assert.InRange(headings[2], before - 2, before + 2);
        Assert.Equal("phần-3", await page.EvaluateAsync<string>(
            "[...document.querySelectorAll('.post-version:not([hidden]) .post-body > h2')].find(h => h.getBoundingClientRect().top > 0).id"));
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task Back_after_jumping_to_a_heading_shows_the_language_of_that_address()
    {
        var page = await site.OpenPage();
        await page.GotoAsync(site.BaseUrl + English);
        await page.Locator("nav#TOC a").Nth(1).ClickAsync();
        Assert.EndsWith("#section-2", page.Url, StringComparison.Ordinal);
        await Toggle(page, "vi").ClickAsync();

        await page.GoBackAsync();

        await page.WaitUntil("document.documentElement.lang === 'en'");
        Assert.Equal(English, page.PathOf());
        Assert.Equal("en", await page.ShownLanguage());
        Assert.Contains(await page.Context.CookiesAsync(), c => c.Name == "lang" && c.Value == "en");
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task The_choice_survives_a_reload_another_post_and_the_home_page()
    {
        var page = await site.OpenPage();
        await page.GotoAsync(site.BaseUrl + English);
        await page.MarkDocument();
        await Toggle(page, "vi").ClickAsync();

        // The switch made no request: the script itself remembered the choice.
        Assert.True(await page.IsSameDocument());
        Assert.Contains(await page.Context.CookiesAsync(), c => c.Name == "lang" && c.Value == "vi");

        await page.ReloadAsync();
        Assert.Equal("vi", await page.HtmlLang());
        Assert.Equal(Vietnamese, page.PathOf());

        await page.GotoAsync(site.BaseUrl + "/posts/second");
        Assert.Equal("/vi/posts/second", page.PathOf());
        Assert.Equal("Bài thứ hai", await page.VisibleH1());

        await page.GotoAsync(site.BaseUrl + "/");
        Assert.Equal("vi", await page.HtmlLang());
        Assert.Equal("Bài viết", await page.Locator("[data-ui=posts]").InnerTextAsync());
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task Without_javascript_the_toggle_is_a_link_to_the_other_language()
    {
        var page = await site.OpenPage(javaScript: false);
        await page.GotoAsync(site.BaseUrl + English);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await Task.WhenAll(page.WaitForURLAsync("**" + Vietnamese), Toggle(page, "vi").ClickAsync());

        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Đọc bằng hai ngôn ngữ", await page.Locator(".post-version:not([hidden]) h1").InnerTextAsync());
        Assert.False(await page.Locator(".post-version[lang='en'] h1").IsVisibleAsync());
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task The_toggle_works_from_the_keyboard_with_a_visible_focus()
    {
        var page = await site.OpenPage();
        await page.GotoAsync(site.BaseUrl + English);

        var focused = string.Empty;
        for (var presses = 0; presses < 20 && focused != "vi"; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("document.activeElement?.dataset?.lang ?? ''");
        }

        Assert.Equal("vi", focused);
        // The site's own focus ring (3px, solid), not only the browser's default one.
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        Assert.Equal("3px", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineWidth"));

        await page.Keyboard.PressAsync("Enter");

        await page.WaitUntil("document.documentElement.lang === 'vi'");
        Assert.Equal(Vietnamese, page.PathOf());
        Assert.Equal("vi", await page.EvaluateAsync<string>("document.activeElement.dataset.lang"));
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task A_link_to_a_heading_of_the_other_language_shows_that_language()
    {
        var page = await site.OpenPage();

        await page.GotoAsync(site.BaseUrl + English + "#phần-2");

        await page.WaitUntil("document.documentElement.lang === 'vi'");
        Assert.Equal(Vietnamese, page.PathOf());
        Assert.True(await page.Locator("#phần-2").IsVisibleAsync());
    }
}
