using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Blog.Tests.Caching;

/// <summary>
/// Every response names what it varies by in one <c>Vary</c> line: the reader's language, the theme
/// cookie and the body's coding together, not a second line added by compression.
/// </summary>
public sealed class VaryTests(SharedBlog blog) : IClassFixture<SharedBlog>
{
    private readonly BlogFactory _factory = blog.Prepared(factory =>
    {
        factory.Environment = "Production";
        factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
    });

    [Theory]
    [InlineData("/", new[] { "Accept-Encoding", "Cookie", "Accept-Language" })]
    [InlineData("/en/no-such-page", new[] { "Accept-Encoding", "Cookie", "Accept-Language" })]
    [InlineData("/en", new[] { "Accept-Encoding", "Cookie" })]
    [InlineData("/en/posts/queues", new[] { "Accept-Encoding", "Cookie" })]
    [InlineData("/en/search?q=queues", new[] { "Accept-Encoding", "Cookie" })]
    public async Task A_page_sends_one_vary_line_naming_everything_it_varies_by(string url, string[] names)
    {
        // Rendered, then served from memory: the same one line both times.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var context = await _factory.Server.SendAsync(request =>
            {
                request.Request.Method = HttpMethods.Get;
                var query = url.IndexOf('?', StringComparison.Ordinal);
                request.Request.Path = query < 0 ? url : url[..query];
                request.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(url[query..]);
                request.Request.Headers.AcceptEncoding = "gzip, br";
            }, TestContext.Current.CancellationToken);

            var vary = context.Response.Headers.Vary;
            Assert.True(vary.Count == 1, $"{url}: {vary.Count} Vary lines: {string.Join(" | ", vary.ToArray())}");
            Assert.Equal(
                names.Order(StringComparer.Ordinal),
                vary[0]!.Split(',', StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal));
        }
    }
}
