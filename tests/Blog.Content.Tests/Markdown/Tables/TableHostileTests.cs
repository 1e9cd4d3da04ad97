using System.Diagnostics;
using System.Text;
using Blog.Content.Markdown;
using Blog.Content.Markdown.Tables;
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
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, HangGuard.Limit);
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
        Assert.InRange(took, TimeSpan.Zero, HangGuard.Limit);
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
        Assert.InRange(took, TimeSpan.Zero, HangGuard.Limit);
    }

    [Fact]
    public void An_unclosed_grid_border_is_text_as_in_pandoc()
    {
        var html = Html.Parse(Render("+-----+-----\n| a   | b\n", out _));

        Assert.Null(html.QuerySelector("table"));
        Assert.Contains("a", html.Body!.TextContent, StringComparison.Ordinal);
    }

    // Shapes where each dashed (or bordered) line may start a table that only a line far below, or none,
    // would close: with a blank line or not, a short rule, a header above, in a list or a quote, grid
    // borders, many small tables with captions.
    public static TheoryData<string> Repeated => new()
    {
        "---------- ----------\n\ntext that goes on\n",
        "---------- ----------\ntext that goes on\n",
        "---------- ----------\ntext that goes on\n\n",
        "-----\n\ntext that goes on\n",
        "-----\ntext that goes on\n",
        "---------- ----------\n",
        "head one   head two\n---------- ----------\n\ntext that goes on\n",
        "head one   head two\n---------- ----------\ntext that goes on\n\n",
        "- ---------- ----------\n\n  text that goes on\n",
        "> ---------- ----------\n> text that goes on\n",
        "----------------\nhead\n------- -------\nrow\n\n",
        "+-----+-----+\n\ntext\n",
        "+-----+\n| a   |\ntext\n",
        "a   b\n--- ---\n1   2\n\nTable: caption\n\n",
    };

    [Theory]
    [MemberData(nameof(Repeated))]
    public void Reading_ahead_for_tables_stays_within_a_few_times_the_lines(string repeated)
    {
        // Counted rather than timed: what made these quadratic was each dashed line's attempt reading on
        // to the end of the text; the count of lines asked for shows it on any machine, however busy.
        // The text ends on a line no table can end on, so that no attempt is closed by it.
        foreach (var count in new[] { 1_000, 4_000 })
        {
            var body = string.Concat(Enumerable.Repeat(repeated, count)) + "---------- ----------\nlast\n";
            var lines = body.Count(c => c == '\n');

            var read = LinesRead(body);

            Assert.True(read <= (10L * lines) + 100, $"{count} repeats ({lines} lines): table parsers asked for {read} lines");
        }
    }

    [Fact]
    public void A_table_after_thousands_of_dashed_lines_that_close_nothing_is_still_a_table()
    {
        // Reading ahead used to be cut off once it had cost a few times the text, after which no table
        // was looked for: the linear time came at the price of the post's later tables.
        var body = string.Concat(Enumerable.Repeat("---------- ----------\ntext that goes on\n\n", 5_000)) + "a   b\n--- ---\n1   2\n\n";

        var html = Html.Parse(Render(body, out _));

        var cells = html.QuerySelectorAll("table td").Select(cell => cell.TextContent.Trim());
        Assert.Equal(["1", "2"], cells);
    }

    private static long LinesRead(string body) =>
        DocumentLines.LinesReadIn(Markdig.Markdown.Parse(body, BlogMarkdownPipeline.Instance));

    [Fact]
    public void A_huge_cell_renders_with_output_proportional_to_it()
    {
        var words = string.Join('\n', Enumerable.Range(0, 20_000).Select(i => $"| word{i,-8} |"));
        var body = $"+--------------+\n{words}\n+--------------+\n";

        var html = Render(body, out var took);

        var cell = Assert.Single(Html.Parse(html).QuerySelectorAll("td"));
        Assert.StartsWith("word0", cell.TextContent.Trim(), StringComparison.Ordinal);
        Assert.InRange(html.Length, 0, body.Length * 2);
        Assert.InRange(took, TimeSpan.Zero, HangGuard.Limit);
    }
}
