using System.Text;
using AngleSharp.Dom;
using Blog.Content.Posts;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown;

/// <summary>
/// A picture alone in its paragraph is a figure captioned with its alt text, as pandoc 2.17's
/// <c>implicit_figures</c> makes it; anywhere else it stays a picture in the text.
/// </summary>
public sealed class ImplicitFigureTests
{
    private static IDocument Body(string markdown) => Html.Parse(Parse.Post(markdown).Main.Html);

    private static IElement OnlyFigure(IDocument body) => Assert.Single(body.QuerySelectorAll("figure"));

    [Fact]
    public void A_picture_alone_in_its_paragraph_is_a_figure_captioned_with_its_alt_text()
    {
        var body = Body("Before.\n\n![A cat asleep on a mat](/images/cat.png)\n\nAfter.\n");

        var figure = OnlyFigure(body);
        Assert.Equal(["p", "figure", "p"], body.Body!.Children.Select(e => e.LocalName));
        Assert.Equal(["img", "figcaption"], figure.Children.Select(e => e.LocalName));
        var image = figure.Children[0];
        Assert.Equal("/images/cat.png", image.GetAttribute("src"));
        Assert.Equal("A cat asleep on a mat", image.GetAttribute("alt"));
        var caption = figure.Children[1];
        Assert.Equal("A cat asleep on a mat", caption.TextContent);

        // pandoc's: screen readers read the alt text, and are spared the same words again.
        Assert.Equal("true", caption.GetAttribute("aria-hidden"));
    }

    [Fact]
    public void Formatting_in_the_alt_text_is_kept_in_the_caption_and_left_out_of_the_alt()
    {
        var figure = OnlyFigure(Body("![A *big* cat, **very** big, in `cat.png`](c.png)\n"));

        Assert.Equal("A big cat, very big, in cat.png", figure.QuerySelector("img")!.GetAttribute("alt"));
        var caption = figure.QuerySelector("figcaption")!;
        Assert.Equal("A big cat, very big, in cat.png", caption.TextContent);
        Assert.Equal("big", caption.QuerySelector("em")!.TextContent);
        Assert.Equal("very", caption.QuerySelector("strong")!.TextContent);
        Assert.Equal("cat.png", caption.QuerySelector("code")!.TextContent);
    }

    [Theory]
    [InlineData("Text before ![a cat](c.png) and after.\n")]
    [InlineData("![one](1.png) ![two](2.png)\n")]
    [InlineData("![one](1.png)\n![two on the next line](2.png)\n")]
    public void A_picture_with_anything_else_in_its_paragraph_stays_in_the_text(string markdown)
    {
        var body = Body(markdown);

        Assert.Empty(body.QuerySelectorAll("figure, figcaption"));
        Assert.All(body.QuerySelectorAll("img"), image => Assert.Equal("p", image.ParentElement!.LocalName));
    }

    [Fact]
    public void A_trailing_backslash_keeps_a_lone_picture_in_the_text_and_shows_no_backslash()
    {
        var body = Body("![Kept inline](c.png)\\\n\nNext.\n");

        Assert.Empty(body.QuerySelectorAll("figure"));
        var paragraph = body.QuerySelector("p")!;
        Assert.Equal(["img", "br"], paragraph.Children.Select(e => e.LocalName));
        Assert.Equal("Kept inline", paragraph.Children[0].GetAttribute("alt"));
        Assert.DoesNotContain('\\', paragraph.TextContent);
    }

    [Fact]
    public void A_backslash_ending_any_paragraph_is_a_line_break_as_in_pandoc_but_an_escaped_one_stays()
    {
        var paragraphs = Body("Ends with a backslash\\\n\nEscaped: \\\\\n").QuerySelectorAll("p");

        Assert.Equal("Ends with a backslash", paragraphs[0].TextContent.Trim());
        Assert.Equal(["br"], paragraphs[0].Children.Select(e => e.LocalName));
        Assert.Equal("Escaped: \\", paragraphs[1].TextContent);
        Assert.Empty(paragraphs[1].Children);
    }

    [Fact]
    public void A_title_ending_with_a_backslash_keeps_it_as_in_pandoc_where_no_newline_follows_it()
    {
        var post = Parse.Post("---\ntitle: 'Paths like C:\\'\n---\n\nText.\n");

        Assert.Equal("Paths like C:\\", post.Main.Title);
    }

    [Fact]
    public void A_table_cell_keeps_its_backslash_and_its_pictures_in_the_text()
    {
        var body = Body("| a |\n|---|\n| b\\ |\n| ![a cat](c.png) |\n");

        Assert.Equal("b\\", body.QuerySelectorAll("td")[0].TextContent);
        Assert.Empty(body.QuerySelectorAll("figure, br"));
        Assert.Equal("td", body.QuerySelector("img")!.ParentElement!.LocalName);
    }

    [Fact]
    public void A_picture_without_alt_text_is_no_figure_and_keeps_an_empty_alt()
    {
        var body = Body("![](c.png)\n\n![ ](d.png)\n");

        Assert.Empty(body.QuerySelectorAll("figure"));
        var images = body.QuerySelectorAll("img");
        Assert.Equal(2, images.Length);

        // pandoc writes no alt at all; an empty one tells screen readers the picture is decoration.
        Assert.All(images, image => Assert.Equal("", image.GetAttribute("alt")?.Trim()));
    }

    [Fact]
    public void A_title_stays_on_the_picture_of_the_figure()
    {
        var figure = OnlyFigure(Body("![A cat](c.png \"The cat, by its owner\")\n"));

        var image = figure.QuerySelector("img")!;
        Assert.Equal("The cat, by its owner", image.GetAttribute("title"));
        Assert.Equal("A cat", image.GetAttribute("alt"));
        Assert.Equal("A cat", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void A_picture_inside_a_link_is_no_figure()
    {
        var body = Body("[![A cat](c.png)](https://example.org/cat)\n");

        Assert.Empty(body.QuerySelectorAll("figure"));
        var link = body.QuerySelector("p > a")!;
        Assert.Equal("https://example.org/cat", link.GetAttribute("href"));
        Assert.Equal(["img"], link.Children.Select(e => e.LocalName));
    }

    [Fact]
    public void A_picture_alone_in_a_list_item_is_a_figure_and_the_list_loose_as_pandoc_makes_it()
    {
        var items = Body("- ![A cat](c.png)\n- Some text.\n").QuerySelectorAll("li");

        Assert.Equal(["figure"], items[0].Children.Select(e => e.LocalName));
        Assert.Equal("A cat", items[0].QuerySelector("figcaption")!.TextContent);
        Assert.Equal("p", Assert.Single(items[1].Children).LocalName);
    }

    [Fact]
    public void A_picture_alone_in_a_loose_list_item_or_a_quote_is_a_figure()
    {
        var body = Body("- ![A cat](c.png)\n\n- Some text.\n\n> ![A quoted cat](q.png)\n");

        var figures = body.QuerySelectorAll("figure");
        Assert.Equal(["li", "blockquote"], figures.Select(f => f.ParentElement!.LocalName));
        Assert.Equal(["A cat", "A quoted cat"], figures.Select(f => f.QuerySelector("figcaption")!.TextContent));
    }

    [Fact]
    public void A_picture_ending_the_last_item_of_a_tight_list_stays_a_picture_without_pandocs_fig_title()
    {
        var items = Body("- Some text.\n- ![A cat](c.png)\n").QuerySelectorAll("li");

        Assert.Empty(items[0].Children);
        var image = Assert.Single(items[1].Children);
        Assert.Equal("img", image.LocalName);

        // pandoc 2.17 writes title="fig:" here, its internal mark for a figure, which a reader would see as a tooltip.
        Assert.Null(image.GetAttribute("title"));
    }

    [Fact]
    public void A_picture_alone_in_a_definition_is_a_figure()
    {
        var figure = OnlyFigure(Body("Cat\n:   ![A cat](c.png)\n"));

        Assert.Equal("dd", figure.ParentElement!.LocalName);
    }

    [Fact]
    public void A_caption_with_a_link_is_not_hidden_from_screen_readers()
    {
        var figure = OnlyFigure(Body("![See [the source](https://example.org/source) of this cat](c.png)\n"));

        var caption = figure.QuerySelector("figcaption")!;
        Assert.Equal("https://example.org/source", caption.QuerySelector("a")!.GetAttribute("href"));

        // pandoc hides it all the same, and the link would take focus while screen readers are told nothing of it.
        Assert.Null(caption.GetAttribute("aria-hidden"));
        Assert.Equal("See the source of this cat", figure.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public void A_footnote_that_is_only_a_picture_has_the_figure_then_its_back_link()
    {
        var body = Body("A claim[^1].\n\n[^1]: ![The source](s.png)\n");

        var note = body.QuerySelector(".footnotes li")!;
        Assert.Equal(["figure", "a"], note.Children.Select(e => e.LocalName));
        Assert.Equal("The source", note.QuerySelector("figcaption")!.TextContent);
        Assert.Contains("footnote-back", note.Children[1].ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_in_the_vietnamese_section_is_captioned_in_vietnamese()
    {
        var post = Parse.Post("""
            ---
            title: Cats
            ---

            ## English

            Intro.

            ![A *big* cat](/images/cat.png)

            ## Tiếng Việt

            Giới thiệu.

            ![Một con *mèo* lớn[^1]](/images/cat.png)

            [^1]: Ghi chú.
            """);

        var english = OnlyFigure(Html.Parse(post.In("en")!.Html));
        Assert.Equal("A big cat", english.QuerySelector("figcaption")!.TextContent);
        var vietnamese = Html.Parse(post.In("vi")!.Html);
        var figure = OnlyFigure(vietnamese);
        Assert.Equal("Một con mèo lớn", figure.QuerySelector("img")!.GetAttribute("alt"));
        var caption = figure.QuerySelector("figcaption")!;
        Assert.Equal("mèo", caption.QuerySelector("em")!.TextContent);

        // The footnote mark is in the caption once, a link to the Vietnamese note, and nothing of it in the alt text.
        var mark = Assert.Single(vietnamese.QuerySelectorAll("a.footnote-ref"));
        Assert.Same(caption, mark.ParentElement);
        Assert.NotNull(vietnamese.GetElementById(mark.GetAttribute("href")![1..]));
    }

    [Fact]
    public void The_picture_of_a_figure_loads_lazily_with_its_measured_size()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0x04, 0xB0, 0, 0, 0x02, 0x76, 8, 2, 0, 0, 0, 0];
        var parser = new PostParser("en", new MemorySiteFiles(new Dictionary<string, byte[]?> { ["/images/cat.png"] = png }));
        var post = parser.Parse(Encoding.UTF8.GetBytes("![A cat](/images/cat.png)\n"), "p.md").Post;

        var image = OnlyFigure(Html.Parse(post.Main.Html)).QuerySelector("img")!;
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal("async", image.GetAttribute("decoding"));
        Assert.Equal(("1200", "630"), (image.GetAttribute("width"), image.GetAttribute("height")));
    }

    [Fact]
    public void The_summary_is_the_first_paragraph_of_words_not_a_caption_or_a_row_of_pictures()
    {
        var post = Parse.Post("![A cat asleep on a mat](c.png)\n\n![Kept inline](d.png)\\\n\n[![Linked](e.png)](https://example.org)\n\nThe first words.\n");

        Assert.Equal("The first words.", post.Main.Summary);
        Assert.DoesNotContain("mat", post.Main.Search.Summary);

        // A caption is text a reader reads: it counts as words and can be searched for.
        Assert.Contains("mat", post.Main.Search.Body);
        Assert.Equal(12, post.Main.WordCount);
    }
}
