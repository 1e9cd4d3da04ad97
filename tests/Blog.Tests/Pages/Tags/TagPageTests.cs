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
    public async Task A_long_tag_page_is_split_ten_posts_a_page_newest_first()
    {
        for (var day = 1; day <= 23; day++)
        {
            _factory.Posts.Write($"2025-01-{day:00}-p{day}.md", Samples.SingleLanguagePost($"Post {day}", $"2025-01-{day:00}", extra: "keywords: queues"));
        }

        using var client = _factory.Client();
        var first = await client.GetOkPage("/en/tags/queues");
        Assert.Equal(Enumerable.Range(14, 10).Reverse().Select(d => $"Post {d}"), first.QuerySelectorAll(".post-summary h2").Select(h => h.TextContent));
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var second = await client.GetOkPage(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(BlogFactory.BaseUrl + "/en/tags/queues?page=2", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/en/tags/queues", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));

        var third = await client.GetOkPage(second.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(["Post 3", "Post 2", "Post 1"], third.QuerySelectorAll(".post-summary h2").Select(h => h.TextContent));
        Assert.Null(third.QuerySelector("a[rel=next]"));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPage("/en/tags/queues?page=4")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPage("/en/tags/queues?page=0")).Status);
    }

    [Fact]
    public async Task The_address_without_a_language_keeps_the_page_number()
    {
        _factory.Posts.Write("a.md", Samples.SingleLanguagePost("Alpha", "2025-01-02", extra: "keywords: go"));
        using var client = _factory.Client(followRedirects: false);

        Assert.Equal("/en/tags/go?page=2", await client.RedirectTarget("/tags/go?page=2"));
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
