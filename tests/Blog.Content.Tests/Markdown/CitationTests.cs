using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown;

/// <summary>Citations show as pandoc shows them without a bibliography, and nothing else is taken for one.</summary>
public sealed class CitationTests
{
    [Fact]
    public void Bracketed_and_in_text_citations_name_their_keys()
    {
        var body = Html.Parse(Parse.Post("See [@a; -@b, p. 3] and @c:2020.\n").Main.Html);

        var cites = body.QuerySelectorAll("span.citation").Select(s => (s.GetAttribute("data-cites"), s.TextContent)).ToList();
        Assert.Equal([("a b", "[@a; -@b, p. 3]"), ("c:2020", "@c:2020")], cites);
    }

    [Theory]
    [InlineData("Write to ann@example.org today.")]
    [InlineData("A lone @ sign and [@] in brackets.")]
    [InlineData("`@code` and [^note].\n\n[^note]: A note with no citation.")]
    public void What_is_not_a_citation_stays_as_it_was(string markdown)
    {
        var body = Html.Parse(Parse.Post(markdown + "\n").Main.Html);

        Assert.Empty(body.QuerySelectorAll("span.citation"));
    }

    [Fact]
    public void A_citation_in_a_title_and_a_heading_keeps_its_text()
    {
        var post = Parse.Post("---\ntitle: On @smith2020\n---\n## After [@doe99]\n\nText.\n\n## Later\n\nMore.\n");

        Assert.Equal("On @smith2020", post.Main.Title);
        Assert.Equal("After [@doe99]", post.Main.Toc[0].Text);
    }
}
