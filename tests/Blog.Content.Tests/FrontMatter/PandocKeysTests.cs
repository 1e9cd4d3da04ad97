using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.FrontMatter;

/// <summary>Front matter written for pandoc or Quarto publishes with what those tools read from it.</summary>
public sealed class PandocKeysTests
{
    [Fact]
    public void Authors_written_as_quarto_entries_publish_with_their_names_and_the_first_ones_address()
    {
        var result = Parse.Result("""
            ---
            title: Shared work
            author:
              - name: Ann Lee
                url: https://ann.example
                affiliation: A university
              - name: Bình Trần
              - affiliation: nobody named
            ---
            Text.
            """);

        Assert.Equal("Ann Lee, Bình Trần", result.Post.Author);
        Assert.Equal("https://ann.example", result.Post.AuthorUrl);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("has no 'name'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(8, warning.Line);
    }

    [Fact]
    public void Authors_as_a_list_of_names_are_all_named()
    {
        var post = Parse.Post("---\ntitle: T\nauthor: [Ann, Bob]\n---\nText.\n");

        Assert.Equal("Ann, Bob", post.Author);
        Assert.Null(post.AuthorUrl);
    }

    [Fact]
    public void Pandocs_description_is_the_meta_description_when_description_meta_is_not_given()
    {
        var described = Parse.Post("---\ntitle: T\ndescription: What pandoc puts in the head.\n---\nText.\n");
        var both = Parse.Post("---\ntitle: T\ndescription: Not this.\ndescription-meta: This one.\n---\nText.\n");

        Assert.Equal("What pandoc puts in the head.", described.Main.Description);
        Assert.Equal("This one.", both.Main.Description);
    }

    [Fact]
    public void A_pandoc_title_block_stands_for_front_matter()
    {
        var result = Parse.Result("% A title: with a colon\\\n% Ann Lee; Bob\n% 2025-04-02\n\nThe body, with [a broken](<bad link\n");

        Assert.Equal("A title: with a colon\\", result.Post.Main.Title);
        Assert.Equal("Ann Lee, Bob", result.Post.Author);
        Assert.Equal(new DateOnly(2025, 4, 2), result.Post.Date!.Value.Day);
        Assert.Equal("The body, with [a broken](<bad link", Html.Parse(result.Post.Main.Html).QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void A_title_block_may_leave_fields_empty()
    {
        var post = Parse.Post("%\n% Ann\n\nText.\n", "2025-01-01-untitled.md");

        Assert.Equal("untitled", post.Main.Title);
        Assert.Equal("Ann", post.Author);
    }
}
