using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages.Tags;

/// <summary>The tag index with counts, and the archive by year, in each language.</summary>
public sealed class TagIndexAndArchiveTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public TagIndexAndArchiveTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("a.md", Samples.SingleLanguagePost("Alpha", "2025-03-01", extra: "keywords: \"Distributed Systems, go\""));
            factory.Posts.Write("b.md", Samples.SingleLanguagePost("Beta", "2024-05-01", extra: "keywords: [distributed  systems]"));
            factory.Posts.Write("c.md", Samples.SingleLanguagePost("Gamma", "2024-01-01", extra: "keywords: rust"));
            factory.Posts.Write("d.md", "---\ntitle: Undated\nkeywords: rust\n---\nText.\n");
        });
        _client = _factory.Client();
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task The_tag_index_lists_each_tag_once_with_its_count()
    {
        var page = await _client.GetOkPage("/tags");

        var tags = page.QuerySelectorAll(".tag-index li")
            .Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector(".count")!.TextContent))
            .ToList();
        Assert.Equal(
            [("Distributed Systems", "/en/tags/distributed-systems", "2 posts"), ("go", "/en/tags/go", "1 post"), ("rust", "/en/tags/rust", "2 posts")],
            tags);
        Assert.Equal("Tags", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_tag_index_speaks_the_language_of_its_address()
    {
        var page = await _client.GetOkPage("/vi/tags");

        Assert.Equal("Thẻ", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2 bài viết", page.QuerySelector(".tag-index .count")!.TextContent);
    }

    [Fact]
    public async Task The_archive_groups_posts_by_year_newest_first_and_undated_last()
    {
        var page = await _client.GetOkPage("/archive");

        var years = page.QuerySelectorAll(".archive-year")
            .Select(s => (s.QuerySelector("h2")!.TextContent, s.QuerySelectorAll(".post-summary h2").Select(h => h.TextContent).ToList()))
            .ToList();
        Assert.Equal(["2025", "2024", "—"], years.Select(y => y.Item1));
        Assert.Equal(["Beta", "Gamma"], years[1].Item2);
        Assert.Equal(["Undated"], years[2].Item2);
    }
}
