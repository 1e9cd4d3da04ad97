using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages.Tags;

/// <summary>Each language's tag index offers the tags of what is written in that language, nothing else.</summary>
public sealed class TagIndexLanguageTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public TagIndexLanguageTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("both.md", Samples.BilingualPost);
            factory.Posts.Write("chi-tieng-viet.md", Samples.SingleLanguagePost("Chỉ tiếng Việt", "2025-02-01", lang: "vi", extra: "keywords: \"phở, queues\""));
            factory.Posts.Write("english-only.md", Samples.SingleLanguagePost("English only", "2025-01-01", extra: "keywords: \"tea\""));
        });
        _client = _factory.Client();
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task The_english_index_leaves_out_tags_found_only_on_vietnamese_posts()
    {
        var names = await TagNames("/en/tags");

        Assert.Equal(["distributed systems", "messaging", "queues", "tea"], names);
    }

    [Fact]
    public async Task The_vietnamese_index_leaves_out_tags_found_only_on_english_posts()
    {
        var names = await TagNames("/vi/tags");

        Assert.Equal(["distributed systems", "messaging", "phở", "queues"], names);
    }

    [Fact]
    public async Task A_tag_left_out_of_an_index_still_has_the_page_its_posts_link_to()
    {
        var page = await _client.GetOkPage("/en/tags/pho");

        Assert.Equal(["Chỉ tiếng Việt"], page.QuerySelectorAll(".post-summary h2").Select(h => h.TextContent.Trim()));
    }

    private async Task<List<string>> TagNames(string url)
    {
        var page = await _client.GetOkPage(url);
        return page.QuerySelectorAll(".tag-index li a").Select(a => a.TextContent).Order(StringComparer.Ordinal).ToList();
    }
}
