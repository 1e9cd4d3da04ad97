using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.LineBlocks;

/// <summary>Line blocks (<c>| line</c>) keep their breaks and indentation, whatever their size or content.</summary>
public sealed class LineBlockTests
{
    private static IDocument Render(string markdown) => Html.Parse(Parse.Post($"---\ntitle: Lines\n---\n{markdown}\n").Main.Html);

    [Fact]
    public void Indentation_after_the_bar_is_kept_as_no_break_spaces()
    {
        var block = Render("| Chiều nay\n|     em về\n| \ttab").QuerySelector("div.line-block")!;

        Assert.Equal(2, block.QuerySelectorAll("br").Length);
        Assert.Equal("Chiều nay\n\u00A0\u00A0\u00A0\u00A0em về\n\u00A0\u00A0tab", block.TextContent.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_backslash_or_two_spaces_at_the_end_of_a_line_add_no_second_break()
    {
        var block = Render("| a\\\n| b  \n| c").QuerySelector("div.line-block")!;

        Assert.Equal(2, block.QuerySelectorAll("br").Length);
        Assert.StartsWith("a\\", block.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_lines_render_in_linear_time()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 6_000; i++)
        {
            text.Append(i % 3 == 0 ? "|   thơ *nghiêng*\n" : i % 3 == 1 ? "  tiếp theo\n" : "|\n");
        }

        var watch = Stopwatch.StartNew();
        var block = Assert.Single(Render(text.ToString()).QuerySelectorAll("div.line-block"));

        Assert.Equal(3_999, block.QuerySelectorAll("br").Length);
        Assert.Equal(2_000, block.QuerySelectorAll("em").Length);
        Assert.True(watch.Elapsed < HangGuard.Limit, $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_line_of_bars_or_an_unclosed_emphasis_stays_text()
    {
        var block = Render("| " + new string('|', 20_000) + "\n| *không đóng").QuerySelector("div.line-block")!;

        Assert.Empty(block.QuerySelectorAll("em"));
        Assert.Contains("*không đóng", block.TextContent, StringComparison.Ordinal);
    }
}
