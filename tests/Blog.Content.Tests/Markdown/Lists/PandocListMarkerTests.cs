using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Lists;

/// <summary>
/// pandoc's markers (<c>#.</c>, <c>(a)</c>, <c>(@label)</c>) on hostile input: many items, long or
/// unclosed markers, labels that are never defined. Each renders what it can, in time linear in the text.
/// </summary>
public sealed class PandocListMarkerTests
{
    private static IDocument Render(string markdown) => Html.Parse(Parse.Post($"---\ntitle: Lists\n---\n{markdown}\n").Main.Html);

    [Fact]
    public void Thousands_of_example_items_are_numbered_in_one_run_across_lists()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            text.Append(i % 2 == 0 ? "(@) ví dụ\n" : $"(@e{i}) ví dụ\n");
            if (i % 100 == 99)
            {
                text.Append("\ntext\n\n");
            }
        }

        text.Append("\nSee (@e2999).\n");
        var watch = Stopwatch.StartNew();
        var document = Render(text.ToString());

        var lists = document.QuerySelectorAll("ol.example");
        Assert.Equal(30, lists.Length);
        Assert.Equal("2901", lists[^1].GetAttribute("start"));
        Assert.Equal(3_000, document.QuerySelectorAll("ol.example > li").Length);
        Assert.Equal("See (3000).", document.QuerySelectorAll("p")[^1].TextContent);
        Assert.True(watch.Elapsed < HangGuard.Limit, $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("(@")]
    [InlineData("(@ label) x")]
    [InlineData("(@a b) x")]
    [InlineData("(#")]
    [InlineData("(abc) x")]
    [InlineData("@ x")]
    [InlineData("#.x")]
    public void A_marker_that_is_not_one_stays_text(string line)
    {
        var document = Render(line);

        Assert.Empty(document.QuerySelectorAll("ol"));
        Assert.Equal(line, document.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void A_long_parenthesis_on_a_line_is_not_read_far()
    {
        var line = "(" + new string('a', 200_000) + ") x";

        var document = Render(line);

        Assert.Empty(document.QuerySelectorAll("ol"));
    }

    [Fact]
    public void Deeply_nested_hash_items_render_up_to_the_indentation_the_blog_allows()
    {
        var text = new StringBuilder();
        for (var depth = 0; depth < 30; depth++)
        {
            text.Append(' ', depth * 3).Append("#. mục\n");
        }

        var document = Render(text.ToString());

        Assert.Equal(30, document.QuerySelectorAll("ol").Length);
        Assert.Null(document.QuerySelector("ol")!.GetAttribute("type"));
    }

    [Fact]
    public void A_label_never_defined_stays_a_citation_and_an_example_reference_in_brackets_too()
    {
        var document = Render("(@a) x\n\nSee @b and [@a].");

        Assert.Equal(["b", "a"], document.QuerySelectorAll("span.citation").Select(s => s.GetAttribute("data-cites")));
    }
}
