using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown;

/// <summary>A body is shown under the page's h1: none of its headings may skip a level, whatever the author wrote.</summary>
public sealed class HeadingRankTests
{
    [Fact]
    public void Subheadings_under_a_cut_language_heading_are_shown_right_under_the_title()
    {
        var post = Parse.Post("---\ntitle: T\ntoc: false\n---\n## English\n### Only one\nText.\n\n## Tiếng Việt\n### Chỉ một\nChữ.\n");

        Assert.Equal([("H2", "Only one")], Headings(post.In("en")!.Html));
        Assert.Equal([("H2", "Chỉ một")], Headings(post.In("vi")!.Html));
    }

    [Fact]
    public void A_jump_of_two_levels_is_closed_and_siblings_keep_their_rank()
    {
        var post = Parse.Post("---\ntitle: T\n---\n## A\n#### A deep\n###### A deeper\n### A next\n## B\n\n> ### Quoted\n");

        Assert.Equal(
            [("H2", "A"), ("H3", "A deep"), ("H4", "A deeper"), ("H3", "A next"), ("H2", "B"), ("H3", "Quoted")],
            Headings(post.Main.Html));
    }

    [Fact]
    public void Levels_that_skip_nothing_stay_as_written_and_the_toc_reads_the_written_ones()
    {
        var post = Parse.Post("---\ntitle: T\ntoc-depth: 2\n---\n# One\n## Two\n### Three\n#### Four\n");

        Assert.Equal([("H1", "One"), ("H2", "Two"), ("H3", "Three"), ("H4", "Four")], Headings(post.Main.Html));
        Assert.Equal(["Two"], post.Main.Toc.Single().Children.Select(e => e.Text));
    }

    private static List<(string, string)> Headings(string html) =>
        Html.Parse(html).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (h.TagName, h.TextContent)).ToList();
}
