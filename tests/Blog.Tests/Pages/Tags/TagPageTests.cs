using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages.Tags;

public sealed class TagPageTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_tag_page_lists_the_posts_with_that_keyword()
    {
        _factory.Posts.Write("a.md", Samples.SingleLanguagePost("Alpha", "2025-01-02", extra: "keywords: \"Distributed Systems, go\""));
        _factory.Posts.Write("b.md", Samples.SingleLanguagePost("Beta", "2025-01-01", extra: "keywords: [distributed systems]"));
        _factory.Posts.Write("c.md", Samples.SingleLanguagePost("Gamma", "2025-01-03", extra: "keywords: rust"));
        using var client = _factory.Client();

        var page = await client.GetOkPage("/tags/distributed-systems");

        Assert.Contains("Distributed Systems", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Alpha", "Beta"], page.QuerySelectorAll(".post-summary h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task An_unknown_tag_is_a_404()
    {
        using var client = _factory.Client();

        var (status, page) = await client.GetPage("/tags/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }
}
