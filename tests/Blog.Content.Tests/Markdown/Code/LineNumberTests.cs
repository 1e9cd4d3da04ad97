using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Code;

/// <summary>
/// Numbered code (pandoc's <c>.numberLines</c> and <c>startFrom</c>): one span per line for the
/// stylesheet's counter, and no number in the code's text, so that copying it copies the code alone.
/// </summary>
public sealed class LineNumberTests
{
    private static IElement Pre(string markdown) => Html.Parse(Parse.Post($"---\ntitle: Code\n---\n{markdown}\n").Main.Html).QuerySelector("pre")!;

    [Fact]
    public void Each_line_is_a_span_and_the_counter_starts_where_the_author_said()
    {
        var pre = Pre("```{.python .numberLines startFrom=\"10\"}\ndef chào():\n    return 1\n```");

        var code = pre.QuerySelector("code.language-python")!;
        Assert.Equal("counter-reset: line 9", code.GetAttribute("style"));
        Assert.Equal(["def chào():", "    return 1"], code.Children.Select(line => line.TextContent));
        Assert.All(code.Children, line => Assert.Equal("line", line.ClassName));
        Assert.Equal("def chào():\n    return 1", code.TextContent);
        Assert.Equal("python", pre.GetAttribute("data-lang"));
        Assert.Contains("numberLines", pre.ClassList);
    }

    [Fact]
    public void The_hyphenated_class_numbers_too_and_names_no_language()
    {
        var pre = Pre("```{.number-lines}\nmột\n\nba\n```");

        Assert.Null(pre.GetAttribute("data-lang"));
        var code = pre.QuerySelector("code")!;
        Assert.Equal("counter-reset: line 0", code.GetAttribute("style"));
        Assert.Equal(3, code.QuerySelectorAll(".line").Length);
        Assert.Equal("một\n\nba", code.TextContent);
    }

    [Fact]
    public void A_comment_over_several_lines_is_closed_and_reopened_on_each()
    {
        var code = Pre("```{.cs .numberLines}\n/* a\n   b */\nvar x = \"<\";\n```").QuerySelector("code")!;

        var lines = code.QuerySelectorAll(":scope > .line");
        Assert.Equal(3, lines.Length);
        Assert.Equal("/* a", lines[0].QuerySelector(".comment")!.TextContent);
        Assert.Equal("   b */", lines[1].QuerySelector(".comment")!.TextContent);
        Assert.Equal("/* a\n   b */\nvar x = \"<\";", code.TextContent);
    }

    [Theory]
    [InlineData("startFrom=abc", "counter-reset: line 0")]
    [InlineData("startFrom=99999999999999999999", "counter-reset: line 0")]
    [InlineData("startFrom=-5", "counter-reset: line -6")]
    public void A_start_that_is_not_a_number_starts_at_one(string start, string reset)
    {
        var code = Pre($"```{{.numberLines {start}}}\nx\n```").QuerySelector("code")!;

        Assert.Equal(reset, code.GetAttribute("style"));
    }

    [Fact]
    public void Code_without_the_class_has_no_line_spans()
    {
        var code = Pre("```{.python startFrom=3}\nx = 1\n```").QuerySelector("code")!;

        Assert.Empty(code.QuerySelectorAll(".line"));
        Assert.Null(code.GetAttribute("style"));
    }

    [Fact]
    public void Many_lines_are_numbered_in_time_linear_in_them()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 50_000).Select(i => $"/* {i}"));

        var code = Pre($"```{{.cs .numberLines}}\n{lines} */\n```").QuerySelector("code")!;

        Assert.Equal(50_000, code.Children.Length);
    }
}
