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

    [Fact]
    public async Task A_range_past_the_end_of_a_file_is_answered_416_with_the_files_length_not_with_the_404_page()
    {
        using var client = _factory.Client();
        var length = (await client.GetByteArrayAsync(new Uri("/css/site.css", UriKind.Relative), TestContext.Current.CancellationToken)).Length;

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/css/site.css", UriKind.Relative));
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(999_999, null);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal(length, response.Content.Headers.ContentRange!.Length);
        Assert.False(response.Content.Headers.ContentRange.HasRange);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }
}
