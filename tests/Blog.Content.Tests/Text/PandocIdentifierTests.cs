using Blog.Content.Text;

namespace Blog.Content.Tests.Text;

/// <summary>Expected values are what pandoc's auto_identifiers extension produces for the same heading.</summary>
public sealed class PandocIdentifierTests
{
    [Theory]
    [InlineData("Tiếng Việt", "tiếng-việt")]
    [InlineData("English", "english")]
    [InlineData("A beginner's guide to exploring the world of distributed computing.", "a-beginners-guide-to-exploring-the-world-of-distributed-computing.")]
    [InlineData("Heading identifiers in HTML", "heading-identifiers-in-html")]
    [InlineData("Dogs?--in *my* house?", "dogs--in-my-house")]
    [InlineData("[HTML], [S5], or [RTF]?", "html-s5-or-rtf")]
    [InlineData("3. Applications", "applications")]
    [InlineData("33", "section")]
    [InlineData("snake_case and kebab-case", "snake_case-and-kebab-case")]
    [InlineData("Version 2.0   notes", "version-2.0-notes")]
    public void Identifiers_follow_pandoc(string heading, string expected) =>
        Assert.Equal(expected, PandocIdentifier.From(heading));

    [Fact]
    public void Repeated_headings_are_numbered_like_pandoc()
    {
        var registry = new HeadingIdRegistry();

        var ids = new[] { "Intro", "Intro", "Intro" }.Select(registry.Assign).ToList();

        Assert.Equal(["intro", "intro-1", "intro-2"], ids);
    }

    [Fact]
    public void Numbering_skips_ids_already_taken_and_goes_on_from_where_it_was()
    {
        var registry = new HeadingIdRegistry();

        // What pandoc 2.17 gives "## Same", "## Same {#same-2}", "## Same", "## Same", "## Same 1", "## Same".
        string[] ids = [registry.Assign("Same"), registry.Reserve("same-2"), registry.Assign("Same"), registry.Assign("Same"), registry.Assign("Same 1"), registry.Assign("Same")];

        Assert.Equal(["same", "same-2", "same-1", "same-3", "same-1-1", "same-4"], ids);
    }

    [Fact]
    public void A_heading_whose_own_id_looks_numbered_takes_that_number_from_later_repeats()
    {
        var registry = new HeadingIdRegistry();

        // pandoc: "## Same", "## Same-1", "## Same", "## Same" give same, same-1, same-2, same-3.
        var ids = new[] { "Same", "Same-1", "Same", "Same" }.Select(registry.Assign).ToList();

        Assert.Equal(["same", "same-1", "same-2", "same-3"], ids);
    }

    [Fact]
    public void An_id_the_author_wrote_twice_is_numbered_the_second_time()
    {
        var registry = new HeadingIdRegistry();

        Assert.Equal(["setup", "setup-1"], new[] { "setup", "setup" }.Select(registry.Reserve));
    }

    [Fact]
    public void An_id_the_author_wrote_is_kept_and_not_handed_out_again()
    {
        var registry = new HeadingIdRegistry();

        registry.Reserve("setup");
        var automatic = registry.Assign("Setup");

        Assert.Equal("setup-1", automatic);
    }
}
