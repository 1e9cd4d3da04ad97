using System.Globalization;
using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages;

public sealed class IndexPageTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Posts_are_listed_newest_first_with_their_details()
    {
        _factory.Posts.Write("old.md", Samples.SingleLanguagePost("Old", "2024-01-01", extra: "author: Lan\nkeywords: \"tools\"\nsubtitle: \"From long ago\""));
        _factory.Posts.Write("new.md", Samples.SingleLanguagePost("New", "2025-06-01"));
        using var client = _factory.Client();

        var page = await client.GetOkPage("/");

        var items = page.QuerySelectorAll(".post-summary");
        Assert.Equal(["New", "Old"], items.Select(i => i.QuerySelector("h2 a")!.TextContent));
        Assert.Equal("/en/posts/new", items[0].QuerySelector("h2 a")!.GetAttribute("href"));
        var old = items[1];
        Assert.Equal("From long ago", old.QuerySelector(".subtitle")!.TextContent);
        Assert.Equal("Lan", old.QuerySelector(".author")!.TextContent);
        Assert.Equal("2024-01-01", old.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("/en/tags/tools", old.QuerySelector(".tags a")!.GetAttribute("href"));
        Assert.Equal("1 min read", old.QuerySelector(".reading-time")!.TextContent);
    }

    [Fact]
    public async Task Drafts_and_future_posts_are_not_listed_or_served()
    {
        _factory.Posts.Write("live.md", Samples.SingleLanguagePost("Live", "2025-01-01"));
        _factory.Posts.Write("draft.md", Samples.SingleLanguagePost("Draft", "2025-01-01", extra: "draft: true"));
        _factory.Posts.Write("future.md", Samples.SingleLanguagePost("Future", "2999-01-01"));
        using var client = _factory.Client();

        var page = await client.GetOkPage("/");

        Assert.Equal(["Live"], page.QuerySelectorAll(".post-summary h2").Select(h => h.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPage("/en/posts/draft")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPage("/en/posts/future")).Status);
    }

    [Fact]
    public async Task Ten_posts_a_page_with_working_previous_and_next_links()
    {
        for (var day = 1; day <= 23; day++)
        {
            var date = new DateOnly(2025, 3, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            _factory.Posts.Write($"{date}-post-{day}.md", Samples.SingleLanguagePost($"Post {day}", date));
        }

        using var client = _factory.Client();

        var first = await client.GetOkPage("/");
        Assert.Equal(10, first.QuerySelectorAll(".post-summary").Length);
        Assert.Equal("Post 23", first.QuerySelector(".post-summary h2")!.TextContent);
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var second = await client.GetOkPage(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal("Post 13", second.QuerySelector(".post-summary h2")!.TextContent);

        var third = await client.GetOkPage(second.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(3, third.QuerySelectorAll(".post-summary").Length);
        Assert.Null(third.QuerySelector("a[rel=next]"));

        var back = await client.GetOkPage(third.QuerySelector("a[rel=prev]")!.GetAttribute("href")!);
        Assert.Equal("Post 13", back.QuerySelector(".post-summary h2")!.TextContent);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPage("/en?page=4")).Status);
    }

    [Fact]
    public async Task An_empty_site_says_so_kindly()
    {
        using var client = _factory.Client();

        var page = await client.GetOkPage("/");

        Assert.Empty(page.QuerySelectorAll(".post-summary"));
        Assert.Equal("No posts yet", page.QuerySelector(".empty-state h2")!.TextContent);
    }

    [Fact]
    public async Task A_post_missing_the_page_language_is_listed_in_its_own_language_with_a_marker()
    {
        _factory.Posts.Write("viet.md", Samples.SingleLanguagePost("Bài tiếng Việt", "2025-01-01", lang: "vi", extra: "keywords: ghi chép"));
        using var client = _factory.Client();

        var page = await client.GetOkPage("/");

        var item = page.QuerySelector(".post-summary")!;
        Assert.Equal("vi", item.QuerySelector("h2")!.GetAttribute("lang"));
        Assert.Equal("/vi/posts/viet", item.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("In Tiếng Việt", item.QuerySelector(".language-marker")!.TextContent);
        Assert.Equal("/en/tags/ghi-chep", item.QuerySelector(".tags a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_home_page_of_another_language_lists_posts_in_that_language()
    {
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        using var client = _factory.Client();

        var page = await client.GetOkPage("/vi");

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/vi/posts/queues", page.QuerySelector(".post-summary h2 a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPage("/fr")).Status);
    }
}
