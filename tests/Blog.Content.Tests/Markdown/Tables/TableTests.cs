using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Tables;

/// <summary>What a reader sees of pandoc's tables: captions, alignment, widths, blocks in grid cells.</summary>
public sealed class TableTests
{
    private static IElement Table(string markdown) =>
        Html.Parse(Parse.Post($"---\ntitle: Tables\n---\n{markdown}\n").Main.Html).QuerySelector("table")!;

    [Theory]
    [InlineData("Table: Prices in *June*.\n\n| a | b |\n|---|---|\n| 1 | 2 |")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |\n\nTable: Prices in *June*.")]
    [InlineData(": Prices in *June*.\n\n| a | b |\n|---|---|\n| 1 | 2 |")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |\n\n: Prices in *June*.")]
    [InlineData("a   b\n--- ---\n1   2\n\nTable: Prices in *June*.")]
    public void A_caption_before_or_after_a_table_is_its_first_child_without_its_mark(string markdown)
    {
        var table = Table(markdown);

        var caption = table.FirstElementChild!;
        Assert.Equal("caption", caption.LocalName);
        Assert.Equal("Prices in June.", caption.TextContent);
        Assert.Equal("June", caption.QuerySelector("em")!.TextContent);
        Assert.Empty(table.Owner!.QuerySelectorAll("p, dl"));
    }

    [Fact]
    public void A_caption_paragraph_away_from_any_table_stays_a_paragraph()
    {
        var html = Html.Parse(Parse.Post("---\ntitle: T\n---\nTable: alone\n\nText.\n").Main.Html);

        Assert.Equal("Table: alone", html.QuerySelector("p")!.TextContent);
        Assert.Null(html.QuerySelector("caption"));
    }

    [Fact]
    public void A_simple_table_aligns_each_column_by_where_its_header_sits()
    {
        var table = Table("  Right Left      Center  Default\n------- -------- -------- -------\n     12 12          12    12\n");

        Assert.Equal(["text-align: right;", "text-align: left;", "text-align: center;", null], table.QuerySelectorAll("th").Select(th => th.GetAttribute("style")));
        Assert.Equal(["12", "12", "12", "12"], table.QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.Equal("odd", table.QuerySelector("tbody tr")!.ClassName);
    }

    [Fact]
    public void A_simple_table_without_header_has_no_thead()
    {
        var table = Table("----- -----\nx     y\nz     w\n----- -----\n");

        Assert.Null(table.QuerySelector("thead"));
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void Vietnamese_text_is_cut_into_columns_by_characters_not_bytes()
    {
        var table = Table("Tiếng Việt   Nghĩa\n----------   ---------\nCảm ơn       Thank you\n");

        Assert.Equal(["Tiếng Việt", "Nghĩa"], table.QuerySelectorAll("th").Select(th => th.TextContent));
        Assert.Equal(["Cảm ơn", "Thank you"], table.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public void A_multiline_table_gives_columns_their_share_of_the_page_and_joins_a_cell_s_lines()
    {
        var table = Table("------------------------\nName     Notes\n-------- ---------------\nFirst    one line\n         and another\n------------------------\n");

        Assert.Equal(["width: 12%", "width: 22%"], table.QuerySelectorAll("colgroup col").Select(c => c.GetAttribute("style")));
        Assert.Equal("width:35%;", table.GetAttribute("style"));
        Assert.Equal("one line\nand another", table.QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public void A_grid_table_cell_holds_a_list_and_a_lone_paragraph_is_plain_text()
    {
        var table = Table("+-------+----------+\n| Fruit | Points   |\n+=======+==========+\n| Apple | - crisp  |\n|       | - sweet  |\n+-------+----------+\n");

        var cells = table.QuerySelectorAll("td");
        Assert.Equal("Apple", cells[0].InnerHtml.Trim());
        Assert.Equal(["crisp", "sweet"], cells[1].QuerySelectorAll("ul > li").Select(li => li.TextContent));
        Assert.Equal("Fruit", table.QuerySelector("th")!.TextContent);
    }

    [Fact]
    public void A_pipe_table_whose_rows_are_longer_than_the_page_gets_widths_from_its_dashes()
    {
        var table = Table($"| a | b |\n|------|---|\n| 1 | {new string('x', 80)} |\n");

        Assert.Equal(["width: 66%", "width: 33%"], table.QuerySelectorAll("col").Select(c => c.GetAttribute("style")));
        Assert.False(table.HasAttribute("style"));
    }

    [Fact]
    public void A_short_pipe_table_leaves_widths_to_the_browser()
    {
        Assert.Null(Table("| a | b |\n|------|---|\n| 1 | 2 |\n").QuerySelector("colgroup"));
    }
}
