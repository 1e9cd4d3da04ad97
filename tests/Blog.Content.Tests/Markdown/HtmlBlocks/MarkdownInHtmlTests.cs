using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.HtmlBlocks;

/// <summary>Markdown inside block-level HTML, on input a browser would have to repair: unclosed, deep, long.</summary>
public sealed class MarkdownInHtmlTests
{
    private static IDocument Render(string markdown) => Html.Parse(Parse.Post($"---\ntitle: Html\n---\n{markdown}\n").Main.Html);

    [Fact]
    public void Thousands_of_nested_divs_render_in_linear_time()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            text.Append("<div class=\"d\">\n");
        }

        text.Append("*sâu*\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append("</div>\n");
        }

        var watch = Stopwatch.StartNew();
        var document = Render(text.ToString());

        Assert.Equal("sâu", document.QuerySelector("em")!.TextContent);
        Assert.True(watch.Elapsed < HangGuard.Limit, $"took {watch.Elapsed}");
    }

    [Fact]
    public void An_unclosed_div_leaves_the_markdown_after_it_read()
    {
        var document = Render("<div class=\"note\">\n*một*\n\n## Hai\n\n- ba");

        Assert.Equal("một", document.QuerySelector("em")!.TextContent);
        Assert.NotNull(document.QuerySelector("h2"));
        Assert.NotNull(document.QuerySelector("li"));
    }

    [Fact]
    public void A_tag_broken_over_lines_is_read_whole_and_one_never_closed_is_text()
    {
        var document = Render("<div\n  class=\"x\">\n*y*\n</div>\n\n<section\n  id=\"open\"\n\n*z*");

        Assert.Equal("x", document.QuerySelector("div")!.ClassName);
        Assert.Equal(["y", "z"], document.QuerySelectorAll("em").Select(e => e.TextContent));
        Assert.Null(document.QuerySelector("section"));
    }

    [Fact]
    public void Code_inside_pre_and_script_is_kept_as_written()
    {
        var document = Render("<pre>\n*a*\n</pre>\n\n<script>\nlet b = \"*b*\";\n</script>");

        Assert.Empty(document.QuerySelectorAll("em"));
        Assert.Equal("*a*", document.QuerySelector("pre")!.TextContent.Trim());
    }

    [Fact]
    public void A_long_line_of_tags_is_read_once()
    {
        var line = string.Concat(Enumerable.Repeat("<div></div>", 20_000)) + "*x*";

        var watch = Stopwatch.StartNew();
        var document = Render(line);

        Assert.Equal("x", document.QuerySelector("em")!.TextContent);
        Assert.True(watch.Elapsed < HangGuard.Limit, $"took {watch.Elapsed}");
    }
}
