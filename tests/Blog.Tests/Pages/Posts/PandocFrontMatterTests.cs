using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages.Posts;

/// <summary>A post written for pandoc or Quarto shows what those tools show from its front matter.</summary>
public sealed class PandocFrontMatterTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Abstract_authors_and_description_show_as_pandoc_shows_them()
    {
        _factory.Posts.Write("2025-04-02-paper.md", """
            ---
            title: A paper
            date: Apr. 02, 2025
            author:
              - name: Ann Lee
                url: https://ann.example
              - name: Bình Trần
            description: What the paper finds.
            abstract: We find *two* things.
            ---
            Body.
            """);
        using var client = _factory.Client();

        var page = await client.GetOkPage("/en/posts/paper");

        var shown = page.QuerySelector(".post-version:not([hidden])")!;
        var abstractBlock = shown.QuerySelector(".abstract")!;
        Assert.Equal("Abstract", abstractBlock.QuerySelector(".abstract-title")!.TextContent);
        Assert.Equal("two", abstractBlock.QuerySelector("p em")!.TextContent);
        var author = shown.QuerySelector("a.author")!;
        Assert.Equal("Ann Lee, Bình Trần", author.TextContent);
        Assert.Equal("https://ann.example", author.GetAttribute("href"));
        Assert.Equal("What the paper finds.", page.Meta("description"));
        Assert.Equal("2025-04-02", shown.QuerySelector("time")!.GetAttribute("datetime"));
    }
}
