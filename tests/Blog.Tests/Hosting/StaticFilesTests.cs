using Blog.Testing;
using System.Net;
using Blog.Tests.Support;

namespace Blog.Tests.Hosting;

public sealed class StaticFilesTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_stylesheet_from_the_top_level_wwwroot_is_served_and_linked()
    {
        using var client = _factory.Client();

        var home = await client.GetOkPage("/");
        var href = home.Head!.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var response = await client.GetAsync(new Uri(href, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        var css = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("body", css, StringComparison.Ordinal);
    }
}
