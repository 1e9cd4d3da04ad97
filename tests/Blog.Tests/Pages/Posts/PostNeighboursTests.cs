using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages.Posts;

/// <summary>Where to read next: the neighbouring posts in the reader's language, and posts sharing keywords.</summary>
public sealed class PostNeighboursTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public PostNeighboursTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("a.md", "---\ntitle: Oldest\ndate: 2025-01-01\nkeywords: go, web\n---\nA.\n");
            factory.Posts.Write("b.md", "---\ntitle: Middle\ndate: 2025-02-01\nkeywords: go, web, cli\nlang: en\ntranslations:\n  vi:\n    title: Ở giữa\n---\n## English\nB.\n\n## Tiếng Việt\nB.\n");
            factory.Posts.Write("c.md", "---\ntitle: Newest\ndate: 2025-03-01\nkeywords: rust\n---\nC ![chart](/chart.png)\n");
            factory.Posts.Write("d.md", "---\ntitle: Also Go\ndate: 2024-01-01\nkeywords: go\n---\nD.\n");
            factory.Posts.Write("e.md", "---\ntitle: Second newest\ndate: 2025-02-15\nlang: en\ntranslations:\n  vi:\n    title: Mới thứ hai\n---\n## English\nE.\n\n## Tiếng Việt\nE.\n");
        });
        _client = _factory.Client();
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_post_links_to_the_next_and_previous_post()
    {
        var page = await _client.GetOkPage("/en/posts/b");

        Assert.Equal("/en/posts/e", page.QuerySelector(".post-version:not([hidden]) .post-neighbours a.newer")!.GetAttribute("href"));
        Assert.Equal("/en/posts/a", page.QuerySelector(".post-version:not([hidden]) .post-neighbours a.older")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_newest_and_oldest_posts_have_one_neighbour()
    {
        Assert.Null((await _client.GetOkPage("/en/posts/c")).QuerySelector(".post-version:not([hidden]) .post-neighbours a.newer"));
        Assert.Null((await _client.GetOkPage("/en/posts/d")).QuerySelector(".post-version:not([hidden]) .post-neighbours a.older"));
    }

    [Fact]
    public async Task Neighbours_are_in_the_readers_language_where_they_have_it()
    {
        var page = await _client.GetOkPage("/vi/posts/b");

        var newer = page.QuerySelector(".post-version:not([hidden]) .post-neighbours a.newer")!;
        Assert.Equal("/vi/posts/e", newer.GetAttribute("href"));
        Assert.Equal("Mới thứ hai", newer.QuerySelector("[lang]")!.TextContent);
        Assert.Equal("Bài tiếp theo", newer.QuerySelector(".label")!.TextContent);

        // A neighbour without a Vietnamese version opens in its own language, marked as such.
        var older = page.QuerySelector(".post-version:not([hidden]) .post-neighbours a.older")!;
        Assert.Equal("/en/posts/a", older.GetAttribute("href"));
        Assert.Equal("en", older.QuerySelector("[lang]")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Related_posts_share_the_most_keywords_first()
    {
        var page = await _client.GetOkPage("/en/posts/a");

        Assert.Equal(["Middle", "Also Go"], page.QuerySelectorAll(".post-version:not([hidden]) .related-posts a").Select(a => a.TextContent));
        Assert.Null((await _client.GetOkPage("/en/posts/c")).QuerySelector(".post-version:not([hidden]) .related-posts"));
    }

    [Fact]
    public async Task Related_posts_are_the_ones_sharing_most_keywords_newest_first_among_equals()
    {
        // Many posts, few keywords and few dates: ties everywhere, settled by the list's order (newest, then by name).
        var random = new Random(7);
        string[] keywords = ["go", "web", "cli", "rust", "db"];
        var posts = Enumerable.Range(0, 40).Select(i => (
            Slug: $"p{i:00}",
            Date: new DateOnly(2025, 1, 1 + random.Next(5)),
            Tags: keywords.Where(_ => random.Next(3) == 0).ToArray())).ToList();
        using var factory = new BlogFactory();
        foreach (var post in posts)
        {
            factory.Posts.Write($"{post.Slug}.md", $"---\ntitle: \"Title {post.Slug}\"\ndate: {post.Date:yyyy-MM-dd}\nkeywords: \"{string.Join(", ", post.Tags)}\"\n---\nText.\n");
        }

        using var client = factory.Client();
        foreach (var post in posts.Take(12))
        {
            var expected = posts
                .Where(other => other.Slug != post.Slug)
                .Select(other => (other.Slug, other.Date, Shared: other.Tags.Count(post.Tags.Contains)))
                .Where(other => other.Shared > 0)
                .OrderByDescending(other => other.Shared).ThenByDescending(other => other.Date).ThenBy(other => other.Slug, StringComparer.Ordinal)
                .Take(3)
                .Select(other => "Title " + other.Slug);

            var page = await client.GetOkPage($"/en/posts/{post.Slug}");

            Assert.Equal(expected, page.QuerySelectorAll(".post-version:not([hidden]) .related-posts a").Select(a => a.TextContent));
        }
    }

    [Fact]
    public async Task Pictures_in_posts_load_lazily()
    {
        var page = await _client.GetOkPage("/en/posts/c");

        var image = page.QuerySelector(".post-body img")!;
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal("async", image.GetAttribute("decoding"));
    }
}
