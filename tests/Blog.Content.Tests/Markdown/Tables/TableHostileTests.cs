using System.Diagnostics;
using System.Text;
using Blog.Content.Posts;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Tables;

/// <summary>
/// Tables written to hurt: ragged, tens of thousands of columns wide, never closed, with huge cells,
/// or text that makes every attempt at a table read to the end. Each finishes quickly, without an
/// exception other than the budget's refusal, and with output bounded by the input.
/// </summary>
public sealed class TableHostileTests
{
    private static string Render(string body, out TimeSpan took)
    {
        var clock = Stopwatch.StartNew();
        var html = Parse.Post($"---\ntitle: Hostile\n---\n{body}").Main.Html;
        took = clock.Elapsed;
        return html;
    }

    [Theory]
    [InlineData("x  ", "-- ")]
    [InlineData("|x ", "+--")]
    public void A_table_twenty_thousand_columns_wide_is_refused_by_the_cell_budget(string cell, string rule)
    {
        var text = new StringBuilder();
        var grid = rule.StartsWith('+');
        for (var row = 0; row < 11; row++)
        {
            var line = row == (grid ? 0 : 1) ? rule : cell;
            text.Append(string.Concat(Enumerable.Repeat(line, 20_000))).Append(grid ? (row == 0 ? "+" : "|") : string.Empty).Append('\n');
        }

        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<PostFormatException>(() => Parse.Post($"---\ntitle: Wide\n---\n{text}"));

        Assert.Contains("more than", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_single_row_ten_thousand_columns_wide_renders_in_bounded_output()
    {
        var header = string.Concat(Enumerable.Repeat("ab ", 10_000));
        var rule = string.Concat(Enumerable.Repeat("-- ", 10_000));
        var body = $"{header}\n{rule}\n{header}\n";

        var html = Render(body, out var took);

        Assert.Equal(10_000, Html.Parse(html).QuerySelectorAll("tbody td").Length);
        Assert.InRange(html.Length, 0, body.Length * 12);
        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("+-----+-----\n| a   | b\n")]
    [InlineData("+-----+-----+\n")]
    [InlineData("| a | b |\n|---|\n| 1 | 2 | 3 | 4 |\n| 5\n")]
    [InlineData("a   b\n--- ---\n1   2   3   4   5\n6\n")]
    [InlineData("------- -------\nheader\n------- -------\nrow with no bottom line\n")]
    [InlineData("+---+\n|\n+===+\n")]
    public void Ragged_and_unclosed_tables_render_without_throwing(string body)
    {
        var html = Render(body, out var took);

        Assert.False(string.IsNullOrWhiteSpace(html));
        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void An_unclosed_grid_border_is_text_as_in_pandoc()
    {
        var html = Html.Parse(Render("+-----+-----\n| a   | b\n", out _));

        Assert.Null(html.QuerySelector("table"));
        Assert.Contains("a", html.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Dashed_lines_that_never_close_a_table_finish()
    {
        // Each dashed line could open a multiline table that only the end of the text would close (it
        // never does: the last line is no bottom border).
        var body = string.Concat(Enumerable.Repeat("---------- ----------\n\ntext that goes on\n", 5_000)) + "---------- ----------\nlast\n";

        var html = Render(body, out var took);

        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.False(string.IsNullOrWhiteSpace(html));
    }

    [Fact]
    public void A_huge_cell_renders_with_output_proportional_to_it()
    {
        var words = string.Join('\n', Enumerable.Range(0, 20_000).Select(i => $"| word{i,-8} |"));
        var body = $"+--------------+\n{words}\n+--------------+\n";

        var html = Render(body, out var took);

        var cell = Assert.Single(Html.Parse(html).QuerySelectorAll("td"));
        Assert.StartsWith("word0", cell.TextContent.Trim(), StringComparison.Ordinal);
        Assert.InRange(html.Length, 0, body.Length * 2);
        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }
}
