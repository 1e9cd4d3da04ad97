using Blog.Content.FrontMatter;
using Blog.Content.Posts;

namespace Blog.Content.Tests.FrontMatter;

public sealed class FrontMatterSplitTests
{
    [Fact]
    public void Front_matter_between_fences_is_cut_from_the_body()
    {
        var split = FrontMatterSplit.Of("---\ntitle: x\n---\n\n# Body\n");

        Assert.Equal("title: x\n", split.Yaml);
        Assert.Equal("\n# Body\n", split.Body);
    }

    [Fact]
    public void Pandoc_allows_three_dots_to_close_the_block()
    {
        var split = FrontMatterSplit.Of("---\ntitle: x\n...\nbody");

        Assert.Equal("title: x\n", split.Yaml);
        Assert.Equal("body", split.Body);
    }

    [Fact]
    public void A_file_without_front_matter_is_all_body()
    {
        var split = FrontMatterSplit.Of("# Just Markdown\n");

        Assert.Null(split.Yaml);
        Assert.Equal("# Just Markdown\n", split.Body);
    }

    [Fact]
    public void An_unterminated_block_is_an_error_pointing_at_its_start()
    {
        var error = Assert.Throws<PostFormatException>(() => FrontMatterSplit.Of("---\ntitle: x\n\n# Body\n"));

        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }
}
