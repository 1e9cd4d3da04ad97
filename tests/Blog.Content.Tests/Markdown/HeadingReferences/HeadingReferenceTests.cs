using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.HeadingReferences;

/// <summary><c>[Heading text]</c> links to the heading's id, given after parsing with pandoc's rules.</summary>
public sealed class HeadingReferenceTests
{
    private static IDocument Render(string markdown) => Html.Parse(Parse.Post($"---\ntitle: Refs\n---\n{markdown}\n").Main.Html);

    [Fact]
    public void A_vietnamese_heading_is_found_without_regard_to_case_and_its_id_is_the_target()
    {
        var document = Render("## Cách dùng tiếng Việt\n\nXem [cách dùng TIẾNG VIỆT] và [ở đây][Cách dùng tiếng Việt].");

        var id = document.QuerySelector("h2")!.Id;
        var links = document.QuerySelectorAll("p a");
        Assert.Equal(2, links.Length);
        // Markdig writes every address with non-ASCII letters percent-encoded; the browser decodes it to the same fragment.
        Assert.All(links, link => Assert.Equal("#" + id, Uri.UnescapeDataString(link.GetAttribute("href")!)));
        Assert.Equal("ở đây", links[1].TextContent);
    }

    [Fact]
    public void A_heading_with_an_id_of_its_own_is_linked_by_that_id()
    {
        var link = Render("# Bắt đầu {#start}\n\n[Bắt đầu]").QuerySelector("p a")!;

        Assert.Equal("#start", link.GetAttribute("href"));
    }

    [Fact]
    public void A_definition_later_in_the_text_wins_over_the_heading()
    {
        var link = Render("# Docs\n\n[Docs]\n\n[docs]: https://example.com/docs").QuerySelector("p a")!;

        Assert.Equal("https://example.com/docs", link.GetAttribute("href"));
    }

    [Fact]
    public void Brackets_that_name_no_heading_stay_text()
    {
        var paragraph = Render("# A\n\n[B] and [A B]").QuerySelector("p")!;

        Assert.Empty(paragraph.QuerySelectorAll("a"));
        Assert.Equal("[B] and [A B]", paragraph.TextContent);
    }

    [Fact]
    public void Thousands_of_headings_and_references_take_linear_time()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            text.Append("## Mục ").Append(i).Append("\n\nXem [Mục ").Append(4_999 - i).Append("].\n\n");
        }

        var watch = Stopwatch.StartNew();
        var document = Render(text.ToString());

        var links = document.QuerySelectorAll("p a");
        Assert.Equal(5_000, links.Length);
        Assert.Equal(document.QuerySelectorAll("h2")[^1].Id, Uri.UnescapeDataString(links[0].GetAttribute("href")!)[1..]);
        Assert.True(watch.Elapsed < HangGuard.Limit, $"took {watch.Elapsed}");
    }
}
