using Blog.Testing;
using System.Net;
using Blog.Tests.Support;

namespace Blog.Tests.Pages;

public sealed class NotFoundPageTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/no/such/route")]
    [InlineData("/posts/a/b")]
    [InlineData("/not-found")]
    public async Task Unknown_addresses_get_the_404_page_with_status_404(string url)
    {
        using var client = _factory.Client();

        var (status, page) = await client.GetPage(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/en", page.QuerySelector(".not-found a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/no/such/route")]
    [InlineData("/vi/posts/gone")]
    [InlineData("/not-found")]
    public async Task The_404_page_names_no_address_of_its_own_and_asks_not_to_be_indexed(string url)
    {
        _factory.Posts.Write("queues.md", Samples.BilingualPost);
        using var client = _factory.Client();

        var (status, page) = await client.GetPage(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Null(page.Head!.QuerySelector("link[rel=canonical]"));
        Assert.Empty(page.Head.QuerySelectorAll("link[rel=alternate]"));
        Assert.Null(page.Property("og:url"));
        Assert.Equal("noindex", page.Meta("robots"));
    }

    [Theory]
    [InlineData("/en")]
    [InlineData("/en/posts/anything")]
    public async Task Pages_only_answer_reads(string url)
    {
        using var client = _factory.Client();

        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), new StringContent("x"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }
}
