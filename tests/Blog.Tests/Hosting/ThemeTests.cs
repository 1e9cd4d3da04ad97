using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

/// <summary>The theme a reader chose is on the page from the server's first byte; without a choice the system decides.</summary>
public sealed class ThemeTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public ThemeTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        });
        _client = _factory.Client(followRedirects: false);
    }

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData("theme=dark", "dark")]
    [InlineData("theme=light", "light")]
    [InlineData(null, "")]
    [InlineData("theme=<script>", "")]
    public async Task The_chosen_theme_is_written_on_the_html_element(string? cookie, string theme)
    {
        using var response = await _client.Send("/en/posts/a", cookie: cookie);
        var page = await response.ReadPage();

        Assert.Equal(theme, page.DocumentElement.GetAttribute("data-theme") ?? string.Empty);
    }

    [Fact]
    public async Task The_toggle_without_javascript_remembers_the_theme_and_returns_to_the_page()
    {
        using var response = await _client.Send("/theme?to=dark&back=%2Fen%2Fposts%2Fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/posts/a", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("theme=dark", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Choosing_the_system_theme_forgets_the_choice()
    {
        using var response = await _client.Send("/theme?to=system&back=%2Fen", cookie: "theme=dark");

        Assert.Equal("/en", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("theme=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\t/evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_toggle_only_returns_to_pages_of_this_site(string back)
    {
        using var response = await _client.Send("/theme?to=light&back=" + Uri.EscapeDataString(back));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Every_page_offers_both_themes_as_links()
    {
        var page = await _client.GetPage("/en/posts/a");

        var links = page.Document.QuerySelectorAll("a[data-theme-to]").Select(a => (a.GetAttribute("data-theme-to"), a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("dark", "/theme?to=dark&back=%2Fen%2Fposts%2Fa"), ("light", "/theme?to=light&back=%2Fen%2Fposts%2Fa"), ("system", "/theme?to=system&back=%2Fen%2Fposts%2Fa")],
            links);
    }

    [Theory]
    [InlineData("/en/posts/a")]
    [InlineData("/en")]
    [InlineData("/en/tags")]
    [InlineData("/en/no-such-page")]
    public async Task Crawlers_are_kept_out_of_the_theme_links_and_nothing_else(string url)
    {
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative), TestContext.Current.CancellationToken);
        var disallowed = robots.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("Disallow:", StringComparison.OrdinalIgnoreCase))
            .Select(line => line["Disallow:".Length..].Trim())
            .Where(path => path.Length > 0)
            .ToList();
        // RFC 9309: a rule matches the paths (with their query) it is a prefix of.
        bool Blocked(string href) => disallowed.Any(rule => href.StartsWith(rule, StringComparison.Ordinal));

        var page = await _client.GetPage(url);
        var links = page.Document.QuerySelectorAll("a[href^='/']").ToList();

        var theme = links.Where(a => a.GetAttribute("href")!.StartsWith("/theme", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, theme.Count);
        Assert.All(theme, a =>
        {
            Assert.True(Blocked(a.GetAttribute("href")!), $"robots.txt lets crawlers follow {a.GetAttribute("href")}");
            Assert.Contains("nofollow", (a.GetAttribute("rel") ?? string.Empty).Split(' '));
        });
        Assert.All(links.Except(theme), a => Assert.False(Blocked(a.GetAttribute("href")!), $"robots.txt keeps crawlers out of {a.GetAttribute("href")}"));
    }
}
