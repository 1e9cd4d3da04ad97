using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

public sealed class ErrorPageTests : IDisposable
{
    private readonly BlogFactory _factory = new() { Environment = "Production" };
    private readonly FailingPages _failing = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_failure_in_production_shows_a_plain_error_page_without_a_stack_trace()
    {
        var (status, page) = await FailingPage();

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(FailingPages.Message, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_page_names_no_address_of_its_own_and_asks_not_to_be_indexed()
    {
        var (_, page) = await FailingPage();

        Assert.Null(page.Head!.QuerySelector("link[rel=canonical]"));
        Assert.Empty(page.Head.QuerySelectorAll("link[rel=alternate]"));
        Assert.Null(page.Property("og:url"));
        Assert.Equal("noindex", page.Meta("robots"));
    }

    [Theory]
    [InlineData("/error")]
    [InlineData("/Error?x=1")]
    public async Task The_error_page_asked_for_directly_is_a_404(string url)
    {
        _factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        using var client = _factory.Client();

        var (status, page) = await client.GetPage(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    /// <summary>A page that fails the way a bug would, once the site has started.</summary>
    private async Task<(HttpStatusCode Status, AngleSharp.Dom.IDocument Page)> FailingPage()
    {
        _factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        _factory.ConfigureTestServices = _failing.AddTo;
        using var client = _factory.Client();
        await client.GetOkPage("/");

        _failing.Fail = true;
        return await client.GetPage("/posts/a");
    }
}
