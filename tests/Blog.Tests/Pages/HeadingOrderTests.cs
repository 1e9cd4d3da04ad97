using AngleSharp.Dom;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages;

/// <summary>
/// Screen-reader users move through a page by its headings: on every kind of page, whatever headings a
/// post was written with, the first is the h1 and none is more than one level below the one before it
/// (axe's heading-order, the Nu checker's "skipping heading levels").
/// </summary>
public sealed class HeadingOrderTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public HeadingOrderTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
            factory.Posts.Write("2025-07-01-one-heading.md", """
                ---
                title: One heading
                keywords: queues
                translations:
                  vi:
                    title: Một tiêu đề
                ---
                ## English
                ### The only subheading
                Text.

                ## Tiếng Việt
                ### Tiêu đề duy nhất
                Chữ.
                """);
            factory.Posts.Write("2025-06-01-no-toc.md", "---\ntitle: No TOC\ntoc: false\nkeywords: queues\n---\n### First\nText.\n\n#### Deeper\nText.\n\n### Second\nText.\n");
            factory.Posts.Write("2025-05-01-jumps.md", "---\ntitle: Jumps\n---\n## Start\nText.\n\n##### Far below\nText.\n\n> #### In a quote\n\n- ###### In a list\n");
            factory.Posts.Write("notes/2025-04-01-in-a-section.md", "---\ntitle: In a section\n---\n#### Deep first\nText.\n");
        });
        _client = _factory.Client();
    }

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData("/en/posts/queues")]
    [InlineData("/vi/posts/queues")]
    [InlineData("/en/posts/one-heading")]
    [InlineData("/vi/posts/one-heading")]
    [InlineData("/en/posts/no-toc")]
    [InlineData("/en/posts/jumps")]
    [InlineData("/en/posts/in-a-section")]
    [InlineData("/")]
    [InlineData("/en")]
    [InlineData("/vi")]
    [InlineData("/en/tags")]
    [InlineData("/en/tags/queues")]
    [InlineData("/en/archive")]
    [InlineData("/vi/archive")]
    [InlineData("/en/search?q=queue")]
    [InlineData("/en/search?q=nothing-matches-this")]
    [InlineData("/en/search")]
    [InlineData("/en/sections/notes")]
    [InlineData("/en/no/such/page")]
    public async Task No_heading_skips_a_level(string url)
    {
        var (_, page) = await _client.GetPage(url);

        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(Level).ToList();

        Assert.NotEmpty(levels);
        Assert.Equal(1, levels[0]);
        var skips = levels.Zip(levels.Skip(1)).Where(pair => pair.Second > pair.First + 1).ToList();
        Assert.True(skips.Count == 0, $"{url}: headings go {string.Join(", ", levels.Select(l => "h" + l))}");
    }

    [Fact]
    public async Task A_post_without_a_table_of_contents_has_its_subheading_right_under_the_title()
    {
        var page = await _client.GetOkPage("/en/posts/one-heading");

        Assert.Null(page.QuerySelector(".post-version:not([hidden]) .toc"));
        var shown = page.QuerySelector(".post-version:not([hidden])")!;
        Assert.Equal("One heading", shown.QuerySelector(".post-header h1")!.TextContent);
        Assert.Equal(
            [("H2", "The only subheading")],
            shown.QuerySelector(".post-body")!.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (h.TagName, h.TextContent.Trim())));
    }

    private static int Level(IElement heading) => heading.LocalName[1] - '0';
}
