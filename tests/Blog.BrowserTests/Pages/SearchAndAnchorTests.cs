using Blog.BrowserTests.Support;

namespace Blog.BrowserTests.Pages;

/// <summary>Searching from the header, and sharing a section, in a real Chromium.</summary>
public sealed class SearchAndAnchorTests(BrowserSite site)
{
    [Theory(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    [InlineData("doc bang hai")]
    [InlineData("đọc bằng hai")]
    [InlineData("DOC")]
    public async Task The_header_search_finds_a_vietnamese_post_with_or_without_diacritics(string query)
    {
        var page = await site.OpenPage(javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/vi");

        await page.Locator("header input[type=search]").FillAsync(query);
        await Task.WhenAll(page.WaitForURLAsync("**/vi/search?q=*"), page.Locator("header form[role=search] button").ClickAsync());

        Assert.Equal(["Đọc bằng hai ngôn ngữ"], await page.Locator(".post-summary h2").AllInnerTextsAsync());
    }

    [Fact(SkipUnless = nameof(Chromium.Available), SkipType = typeof(Chromium), Skip = Chromium.SkipReason)]
    public async Task Each_heading_offers_a_link_to_its_section_that_shows_on_focus()
    {
        var page = await site.OpenPage();
        await page.GotoAsync(site.BaseUrl + "/en/posts/long-read");

        var anchor = page.Locator("#section-2 .heading-anchor");
        Assert.Equal("#section-2", await anchor.GetAttributeAsync("href"));
        Assert.Equal("Link to this section", await anchor.GetAttributeAsync("aria-label"));
        await anchor.FocusAsync();
        Assert.Equal("1", await anchor.EvaluateAsync<string>("a => getComputedStyle(a).opacity"));
    }
}
