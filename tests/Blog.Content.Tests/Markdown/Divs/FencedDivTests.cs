using System.Text;
using AngleSharp.Dom;
using Blog.Content.Markdown.Divs;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Divs;

/// <summary>
/// pandoc's fenced divs: attributes as pandoc writes them, nesting with one closing fence per div, fences
/// in code left alone, text where no closing fence comes; and a top-level <c>::: {lang=xx}</c> div is a
/// language section, as <c>## Tiếng Việt</c> is.
/// </summary>
public sealed class FencedDivTests
{
    private static IDocument Render(string markdown) => Html.Parse(Parse.Post($"---\ntitle: Divs\n---\n{markdown}\n").Main.Html);

    [Fact]
    public void A_div_carries_its_id_classes_and_pairs_and_holds_blocks()
    {
        var div = Assert.Single(Render("::: {#tip .note .small level=2}\nA *tip*.\n\n- one\n- two\n:::").QuerySelectorAll("div"));

        Assert.Equal("tip", div.Id);
        Assert.Equal(["note", "small"], div.ClassList);
        Assert.Equal("2", div.GetAttribute("data-level"));
        Assert.Equal("tip", div.QuerySelector("p em")!.TextContent);
        Assert.Equal(2, div.QuerySelectorAll("ul li").Length);
    }

    [Fact]
    public void The_closing_fence_closes_the_innermost_div_even_in_a_paragraph()
    {
        var document = Render("::: outer\n::: inner\nInner text\n:::\nOuter text\n:::\n\nAfter.");

        var outer = document.QuerySelector("body > div.outer")!;
        Assert.Equal("Inner text", outer.QuerySelector("div.inner > p")!.TextContent);
        Assert.Equal("Outer text", outer.QuerySelector(":scope > p")!.TextContent);
        Assert.Equal("After.", document.QuerySelector("body > p")!.TextContent);
    }

    [Fact]
    public void A_fence_line_in_fenced_code_is_code()
    {
        var div = Render("::: {.example}\n```\n:::\n```\n:::").QuerySelector("div.example")!;

        Assert.Equal(":::", div.QuerySelector("pre code")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("::: {.never-closed}\nText.", "::: {.never-closed} Text.")]
    [InlineData(":::\nBare fences.\n:::", "::: Bare fences. :::")]
    [InlineData("A paragraph\n::: {.late}\nline\n:::", "A paragraph ::: {.late} line :::")]
    [InlineData("::: {.broken\nJunk attributes.\n:::", "::: {.broken Junk attributes. :::")]
    public void Fences_pandoc_would_not_read_stay_text(string markdown, string text)
    {
        var document = Render(markdown);

        Assert.Empty(document.QuerySelectorAll("div"));
        Assert.Equal(text, string.Join(' ', document.QuerySelectorAll("p").Select(p => p.TextContent.ReplaceLineEndings(" "))));
    }

    [Fact]
    public void A_div_that_never_closes_is_named_with_its_line_for_the_author()
    {
        var result = Parse.Result("---\ntitle: Divs\n---\nFine.\n\n::: {.open}\nNever closed.\n");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(6, warning.Line);
        Assert.Contains("no closing ':::'", warning.Message, StringComparison.Ordinal);
        Assert.Equal("::: {.open} Never closed.", Html.Parse(result.Post.Main.Html).QuerySelectorAll("p")[1].TextContent.ReplaceLineEndings(" "));
    }

    [Fact]
    public void Thousands_of_nested_divs_render_to_a_bounded_depth_with_every_word_kept()
    {
        const int Depth = 5_000;
        var markdown = new StringBuilder();
        for (var i = 0; i < Depth; i++)
        {
            markdown.Append("::: {.d}\n");
        }

        markdown.Append("Deepest words.\n");
        for (var i = 0; i < Depth; i++)
        {
            markdown.Append(":::\n");
        }

        var document = Render(markdown.ToString());

        var deepest = document.QuerySelectorAll("div").Max(div => div.Ancestors<IElement>().Count(a => a.LocalName == "div") + 1);
        Assert.Equal(FencedDivParser.MaxDepth, deepest);
        Assert.Contains("Deepest words.", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_unclosed_fences_are_text()
    {
        var markdown = string.Concat(Enumerable.Repeat("::: {.open}\n\n", 20_000));

        var result = Parse.Result($"---\ntitle: Divs\n---\n{markdown}");

        var document = Html.Parse(result.Post.Main.Html);
        Assert.Empty(document.QuerySelectorAll("div"));
        Assert.Equal(20_000, document.QuerySelectorAll("p").Length);
        Assert.InRange(result.Warnings.Count, 1, 20);
    }

    [Fact]
    public void Divs_with_lang_make_a_bilingual_post_like_language_headings_do()
    {
        var post = Parse.Post("""
            ---
            title: Two languages
            ---
            Shared opening words.

            ::: {#english lang=en}
            # The English title

            ## First part

            Hello, reader.
            :::

            ---

            ::: {lang=vi}
            # Tiêu đề tiếng Việt

            ## Phần đầu

            Xin chào bạn đọc.
            :::

            Shared closing words.
            """);

        Assert.Equal(["en", "vi"], post.Translations.Select(t => t.Language));
        var english = post.Translations[0];
        var vietnamese = post.Translations[1];
        Assert.Equal("The English title", english.Title);
        Assert.Equal("Tiêu đề tiếng Việt", vietnamese.Title);
        Assert.Equal("english", english.SectionId);

        var englishBody = Html.Parse(english.Html).Body!;
        Assert.Equal(["Shared opening words.", "Hello, reader.", "Shared closing words."], englishBody.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Equal("First part", englishBody.QuerySelector("h2")!.TextContent);
        Assert.Empty(englishBody.QuerySelectorAll("div, h1, hr"));

        var vietnameseBody = Html.Parse(vietnamese.Html).Body!;
        Assert.Equal(["Shared opening words.", "Xin chào bạn đọc.", "Shared closing words."], vietnameseBody.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Equal("Phần đầu", vietnameseBody.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public void Headings_inside_divs_are_in_the_table_of_contents()
    {
        var post = Parse.Post("---\ntitle: Outline\ntoc: true\n---\n## Start\n\n::: {.aside}\n## Inside a div\n:::\n\n> ## In a quote\n");

        Assert.Equal(["Start", "Inside a div"], post.Main.Toc.Select(entry => entry.Text));
    }
}
