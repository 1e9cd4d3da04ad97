using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Attributes;

/// <summary>
/// Attributes are read only where pandoc reads them (headings, fenced code, code spans, inline links
/// and pictures, autolinks) and written as pandoc's HTML5 writer writes them; braces anywhere else are text.
/// </summary>
public sealed class AttributesTests
{
    private static IDocument Render(string markdown) => Html.Parse(Parse.Post($"---\ntitle: Attributes\n---\n{markdown}\n").Main.Html);

    private static IElement Paragraph(string markdown) => Assert.Single(Render(markdown).QuerySelectorAll("p"));

    [Theory]
    [InlineData("a {b} c")]
    [InlineData("a set {1, 2, 3} of three")]
    [InlineData("a paragraph ending in braces {#p .c}")]
    [InlineData("word{.c} and word {.c}")]
    public void Braces_in_text_stay_text_and_give_the_paragraph_no_attributes(string markdown)
    {
        var paragraph = Paragraph(markdown);

        Assert.Equal(markdown, paragraph.TextContent);
        Assert.Empty(paragraph.Attributes);
        Assert.Empty(paragraph.Children);
    }

    [Fact]
    public void Braces_after_emphasis_are_text_and_the_emphasis_takes_no_attributes()
    {
        var paragraph = Paragraph("*em*{x} and **strong**{.c}");

        Assert.Equal("em{x} and strong{.c}", paragraph.TextContent);
        Assert.All(paragraph.QuerySelectorAll("em, strong"), e => Assert.Empty(e.Attributes));
    }

    [Fact]
    public void A_code_span_takes_an_id_classes_and_pairs_with_unknown_keys_as_data_attributes()
    {
        var code = Assert.Single(Paragraph("Press `x`{#the-x .kbd .key key=value lang=en}.").QuerySelectorAll("code"));

        Assert.Equal("x", code.TextContent);
        Assert.Equal("the-x", code.Id);
        Assert.Equal(["kbd", "key"], code.ClassList);
        Assert.Equal("value", code.GetAttribute("data-key"));
        Assert.Equal("en", code.GetAttribute("lang"));
        Assert.Null(code.GetAttribute("key"));
    }

    [Fact]
    public void Only_the_first_brace_block_after_an_inline_is_its_attributes()
    {
        var paragraph = Paragraph("`x`{.a}{.b} and [t](/u){#one}{#two}");

        Assert.Equal(["a"], paragraph.QuerySelector("code")!.ClassList);
        Assert.Equal("one", paragraph.QuerySelector("a")!.Id);
        Assert.Equal("x{.b} and t{#two}", paragraph.TextContent);
    }

    [Fact]
    public void Braces_after_a_space_following_code_are_text()
    {
        var paragraph = Paragraph("`y` {.kbd}");

        Assert.Empty(Assert.Single(paragraph.QuerySelectorAll("code")).Attributes);
        Assert.Equal("y {.kbd}", paragraph.TextContent);
    }

    [Fact]
    public void An_inline_link_takes_attributes_and_html_names_stay_as_they_are()
    {
        var link = Assert.Single(Paragraph("""[about](/about "About"){.internal #me rel=author aria-label="Me" data-x=1 key="a b"}""").QuerySelectorAll("a"));

        Assert.Equal("/about", link.GetAttribute("href"));
        Assert.Equal("About", link.GetAttribute("title"));
        Assert.Equal("me", link.Id);
        Assert.Equal(["internal"], link.ClassList);
        Assert.Equal("author", link.GetAttribute("rel"));
        Assert.Equal("Me", link.GetAttribute("aria-label"));
        Assert.Equal("1", link.GetAttribute("data-x"));
        Assert.Equal("a b", link.GetAttribute("data-key"));
    }

    [Fact]
    public void A_reference_link_takes_no_attributes_and_its_braces_stay_text()
    {
        var paragraph = Render("[ref][r]{.c}\n\n[r]: /there").QuerySelector("p")!;

        Assert.Empty(paragraph.QuerySelector("a")!.ClassList);
        Assert.Equal("ref{.c}", paragraph.TextContent);
    }

    [Fact]
    public void An_autolink_with_attributes_has_only_those()
    {
        var links = Paragraph("<https://example.org>{.external} and <https://example.org/b>").QuerySelectorAll("a");

        Assert.Equal(["external"], links[0].ClassList);
        Assert.Equal(["uri"], links[1].ClassList);
    }

    [Theory]
    [InlineData("{width=50%}", null, "width:50.0%")]
    [InlineData("{width=300}", "300", null)]
    [InlineData("{width=300px}", "300", null)]
    [InlineData("{width=2in}", null, "width:2in")]
    [InlineData("{width=12pt}", null, "width:0.16667in")]
    [InlineData("{width=3em height=50%}", null, "width:3em;height:50.0%")]
    [InlineData("{width=wide}", null, null)]
    public void A_picture_s_size_is_an_attribute_in_pixels_and_a_style_otherwise(string braces, string? width, string? style)
    {
        var image = Assert.Single(Paragraph($"See ![a chart](chart.png){braces} here.").QuerySelectorAll("img"));

        Assert.Equal(width, image.GetAttribute("width"));
        Assert.Equal(style, image.GetAttribute("style"));
        Assert.Equal("a chart", image.GetAttribute("alt"));
    }

    [Fact]
    public void A_picture_s_own_style_and_its_size_share_one_style_attribute()
    {
        var image = Assert.Single(Paragraph("See ![a](a.png){#fig .plain style=\"border:0\" width=50%}.").QuerySelectorAll("img"));

        Assert.Equal("fig", image.Id);
        Assert.Equal(["plain"], image.ClassList);
        Assert.Equal("border:0;width:50.0%", image.GetAttribute("style"));
        Assert.Single(image.Attributes, a => a.Name == "style");
    }

    [Fact]
    public void Headings_take_attributes_at_the_end_of_their_line()
    {
        var document = Render("""
            ## Setup {#install .lead key=value}

            ## Closing hashes first ## {#closed}

            ## Braces then text {#no} here

            A setext heading {#setext .c}
            -----------------------------
            """);

        var headings = document.QuerySelectorAll("h2");
        Assert.Equal(["install", "closed", "braces-then-text-no-here", "setext"], headings.Select(h => h.Id));
        Assert.Equal(["Setup", "Closing hashes first", "Braces then text {#no} here", "A setext heading"], headings.Select(h => h.TextContent));
        Assert.Equal(["lead"], headings[0].ClassList);
        Assert.Equal("value", headings[0].GetAttribute("data-key"));
        Assert.Equal(["c"], headings[3].ClassList);
    }

    [Fact]
    public void Code_marked_as_raw_html_is_html_and_code_for_other_formats_is_left_out()
    {
        var document = Render("""
            Press `<kbd>Ctrl</kbd>`{=html} now, `\LaTeX`{=latex} not.

            ```{=html}
            <aside class="note">Raw.</aside>
            ```

            ```{=latex}
            \newpage
            ```
            """);

        Assert.Equal("Ctrl", document.QuerySelector("p kbd")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("code, pre"));
        Assert.Equal("Raw.", document.QuerySelector("aside.note")!.TextContent);
        Assert.DoesNotContain("newpage", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_s_picture_keeps_its_attributes()
    {
        var image = Render("![A chart](/images/chart.png){#fig-chart .wide width=50%}").QuerySelector("figure > img")!;

        Assert.Equal("fig-chart", image.Id);
        Assert.Equal(["wide"], image.ClassList);
        Assert.Equal("width:50.0%", image.GetAttribute("style"));
    }
}
