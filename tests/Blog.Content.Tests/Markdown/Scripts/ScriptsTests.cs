using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Scripts;

/// <summary>
/// Strikeout, subscript and superscript by pandoc's rules: <c>~~gone~~</c>, <c>H~2~O</c>, <c>2^10^</c>;
/// a subscript or superscript holds no unescaped space, and marks that close nothing are text.
/// </summary>
public sealed class ScriptsTests
{
    private static IElement Paragraph(string markdown) =>
        Html.Parse(Parse.Post($"---\ntitle: Scripts\n---\n{markdown}\n").Main.Html).QuerySelector("p")!;

    [Fact]
    public void Tildes_and_carets_mark_strikeout_subscript_and_superscript()
    {
        var paragraph = Paragraph("~~Old~~ water is H~2~O and 2^10^ is 1024.");

        Assert.Equal("Old", paragraph.QuerySelector("del")!.TextContent);
        Assert.Equal("2", paragraph.QuerySelector("sub")!.TextContent);
        Assert.Equal("10", paragraph.QuerySelector("sup")!.TextContent);
        Assert.Equal("Old water is H2O and 210 is 1024.", paragraph.TextContent);
    }

    [Fact]
    public void A_strikeout_holds_spaces_emphasis_code_and_line_breaks_but_not_a_space_before_its_end()
    {
        var paragraph = Paragraph("~~*a* `b` c\nd~~ and ~~a ~~ b~~");

        var struck = Assert.Single(paragraph.QuerySelectorAll("del"));
        Assert.Equal("a", struck.QuerySelector("em")!.TextContent);
        Assert.Equal("b", struck.QuerySelector("code")!.TextContent);
        Assert.Equal("a b c\nd", struck.TextContent);
        Assert.EndsWith(" and ~~a ~~ b~~", paragraph.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("^a b^", "^a b^")]
    [InlineData("~a b~", "~a b~")]
    [InlineData("x^ y^", "x^ y^")]
    [InlineData("a ~ b ~ c", "a ~ b ~ c")]
    [InlineData("^a\nb^", "^a\nb^")]
    [InlineData("a ~~~ b", "a ~~~ b")]
    [InlineData("~~ a~~", "~~ a~~")]
    public void Marks_around_an_unescaped_space_or_doubled_close_nothing_and_stay_text(string markdown, string text)
    {
        var paragraph = Paragraph(markdown);

        Assert.Empty(paragraph.QuerySelectorAll("sub, sup, del"));
        Assert.Equal(text, paragraph.TextContent);
    }

    [Fact]
    public void A_mark_that_fails_leaves_the_next_free_to_open_as_in_pandoc()
    {
        var paragraph = Paragraph("^a b^c^ and x ^^a^^");

        Assert.Equal(["c", "a"], paragraph.QuerySelectorAll("sup").Select(s => s.TextContent));
        Assert.Equal("^a bc and x ^a^", paragraph.TextContent);
    }

    [Fact]
    public void A_double_tilde_nothing_could_close_leaves_its_second_tilde_free_to_open_a_subscript()
    {
        var paragraph = Paragraph("x ~~H~ and ~~2~ of them");

        Assert.Empty(paragraph.QuerySelectorAll("del"));
        Assert.Equal(["H", "2"], paragraph.QuerySelectorAll("sub").Select(s => s.TextContent));
        Assert.Equal("x ~H and ~2 of them", paragraph.TextContent);
    }

    [Fact]
    public void An_unclosed_bracket_inside_a_subscript_is_text()
    {
        var paragraph = Paragraph("x ~[~ and ^a[^");

        Assert.Equal("[", paragraph.QuerySelector("sub")!.TextContent);
        Assert.Equal("a[", paragraph.QuerySelector("sup")!.TextContent);
    }

    [Fact]
    public void An_escaped_space_is_a_non_breaking_space_a_subscript_may_hold()
    {
        var paragraph = Paragraph("P~a\\ cat~ and a\\ b and ~~struck\\ ~~");

        Assert.Equal("a\u00A0cat", paragraph.QuerySelector("sub")!.TextContent);
        Assert.Equal("struck\u00A0", paragraph.QuerySelector("del")!.TextContent);
        Assert.Equal("Pa\u00A0cat and a\u00A0b and struck\u00A0", paragraph.TextContent);
    }

    [Fact]
    public void Spaces_inside_what_a_superscript_holds_do_not_end_it()
    {
        var sups = Paragraph("^*a b*^ and ^`a b`^ and ^[a link](/l)^").QuerySelectorAll("sup");

        Assert.Equal("a b", sups[0].QuerySelector("em")!.TextContent);
        Assert.Equal("a b", sups[1].QuerySelector("code")!.TextContent);
        Assert.Equal("/l", sups[2].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Marks_nest_and_neighbours_of_a_kind_join()
    {
        var paragraph = Paragraph("~~H~2~O~~ and ^a^^b^ and x~a~~b~");

        Assert.Equal("2", paragraph.QuerySelector("del > sub")!.TextContent);
        Assert.Equal("ab", Assert.Single(paragraph.QuerySelectorAll("sup")).TextContent);
        Assert.Equal("ab", paragraph.QuerySelectorAll("sub")[1].TextContent);
    }

    [Fact]
    public void A_mark_inside_a_link_s_text_closes_there_and_not_outside()
    {
        var paragraph = Paragraph("[a ~~b~~ c](/u) and [x^y](/w)^");

        Assert.Equal("b", paragraph.QuerySelector("a[href='/u'] del")!.TextContent);
        Assert.Empty(paragraph.QuerySelectorAll("sup"));
        Assert.Equal("a b c and x^y^", paragraph.TextContent);
    }

    [Fact]
    public void A_mark_in_one_table_cell_does_not_close_one_in_another()
    {
        var post = Parse.Post("---\ntitle: Table\n---\n| a | b |\n|---|---|\n| ~x | y~ |\n| H~2~O | ~~z~~ |\n");

        var cells = Html.Parse(post.Main.Html).QuerySelectorAll("tbody td");
        Assert.Equal(["~x", "y~", "H2O", "z"], cells.Select(c => c.TextContent));
        Assert.Equal("2", cells[2].QuerySelector("sub")!.TextContent);
        Assert.Equal("z", cells[3].QuerySelector("del")!.TextContent);
    }

    [Fact]
    public void Code_keeps_its_marks()
    {
        var document = Html.Parse(Parse.Post("---\ntitle: Code\n---\n`~~a~~ ^b^`\n\n```\nH~2~O\n```\n").Main.Html);

        Assert.Empty(document.QuerySelectorAll("del, sub, sup"));
        Assert.Equal("~~a~~ ^b^", document.QuerySelector("p code")!.TextContent);
        Assert.Equal("H~2~O", document.QuerySelector("pre")!.TextContent.TrimEnd('\n'));
    }

    [Fact]
    public void A_heading_s_id_is_made_from_its_text_as_pandoc_makes_it()
    {
        var heading = Html.Parse(Parse.Post("---\ntitle: Ids\n---\n## H~2~O and x^2^\n").Main.Html).QuerySelector("h2")!;

        Assert.Equal("h2o-and-x2", heading.Id);
        Assert.Equal("2", heading.QuerySelector("sub")!.TextContent);
    }

    [Fact]
    public void A_backslash_ending_a_table_cell_stays_a_backslash_and_one_inside_a_cell_escapes_a_space()
    {
        var post = Parse.Post("---\ntitle: Table\n---\n| a |\n|---|\n| b\\ |\n| c\\ d |\n");

        var cells = Html.Parse(post.Main.Html).QuerySelectorAll("tbody td");
        Assert.Equal(["b\\", "c\u00A0d"], cells.Select(c => c.TextContent));
    }
}
