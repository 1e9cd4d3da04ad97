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
    [InlineData("/posts")]
    [InlineData("/posts/a/b")]
    [InlineData("/not-found")]
    public async Task Unknown_addresses_get_the_404_page_with_status_404(string url)
    {
        using var client = _factory.Client();

        var (status, page) = await client.GetPage(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/en", page.QuerySelector(".not-found a")!.GetAttribute("href"));
        Assert.Equal(BlogFactory.BaseUrl + url, page.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
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
