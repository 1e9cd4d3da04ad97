using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

public sealed class SecurityHeadersTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/en")]
    [InlineData("/en/posts/a")]
    [InlineData("/css/site.css")]
    [InlineData("/js/language-toggle.js")]
    [InlineData("/no/such/page")]
    [InlineData("/healthz/ready")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        _factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        using var client = _factory.Client();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", directives["script-src"], StringComparison.Ordinal);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        _factory.Posts.Write("a.md", Samples.BilingualPost);
        using var client = _factory.Client();

        foreach (var url in new[] { "/en", "/en/posts/a", "/vi/posts/a", "/nothing" })
        {
            var (_, page) = await client.GetPage(url);
            // JSON-LD blocks are data, which browsers never run; every script that runs comes from a file.
            Assert.All(
                page.QuerySelectorAll("script:not([type='application/ld+json'])"),
                s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.Empty(page.QuerySelectorAll("[onclick], [onload]"));
        }
    }

    [Fact]
    public async Task Https_responses_in_production_ask_browsers_to_stay_on_https()
    {
        using var factory = new BlogFactory { Environment = "Production" };
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://blog.example") });

        using var response = await client.GetAsync(new Uri("/en", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_page_in_production_carries_them_too()
    {
        using var factory = new BlogFactory { Environment = "Production" };
        var failing = new FailingPages();
        factory.ConfigureTestServices = failing.AddTo;
        using var client = factory.Client();
        await client.GetOkPage("/en");
        failing.Fail = true;

        // Not the page just served, which the page cache would answer without running it.
        using var response = await client.GetAsync(new Uri("/en/tags", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("script-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}
