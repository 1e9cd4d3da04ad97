using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.LinkLabels;

/// <summary>Definitions and references whose labels hold backslash escapes, matched as written.</summary>
public sealed class EscapedLabelTests
{
    private static IDocument Render(string markdown) => Html.Parse(Parse.Post($"---\ntitle: Labels\n---\n{markdown}\n").Main.Html);

    [Fact]
    public void The_first_definition_of_a_label_wins_and_the_definition_is_not_shown()
    {
        var document = Render("[a\\_b]: https://first.example\n\n[a\\_b]: https://second.example\n\n[a\\_b]");

        Assert.Equal("https://first.example", Assert.Single(document.QuerySelectorAll("a")).GetAttribute("href"));
        Assert.Single(document.QuerySelectorAll("p"));
    }

    [Theory]
    [InlineData("[a\\_b]: ")]
    [InlineData("[a\\_b] https://x.example")]
    [InlineData("[a\\_b]: https://x.example \"unclosed")]
    [InlineData("[a\\_b [c]: https://x.example")]
    public void A_line_that_is_not_a_definition_stays_a_paragraph(string line)
    {
        var document = Render(line);

        Assert.NotNull(document.QuerySelector("p"));
    }

    [Fact]
    public void A_label_too_long_to_be_one_is_not_read()
    {
        var label = string.Concat(Enumerable.Repeat("\\_", 2_000));

        var paragraphs = Render($"[{label}]: https://x.example\n\n[{label}]").QuerySelectorAll("p");

        Assert.Equal(2, paragraphs.Length);
        Assert.Empty(paragraphs[1].QuerySelectorAll("a"));
    }

    [Fact]
    public void A_definition_in_a_list_item_serves_the_whole_post()
    {
        var document = Render("- [pg\\_prove]: https://pgtap.org\n\nDùng [pg\\_prove].");

        Assert.Equal("https://pgtap.org", document.QuerySelector("p a")!.GetAttribute("href"));
    }
}
