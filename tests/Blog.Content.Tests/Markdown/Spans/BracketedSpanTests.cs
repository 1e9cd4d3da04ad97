using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Spans;

/// <summary>
/// <c>[text]{attributes}</c> is a span as in pandoc, and brackets that are links, references, footnote
/// marks, task boxes or plain text stay what they were.
/// </summary>
public sealed class BracketedSpanTests
{
    private static IDocument Render(string markdown) => Html.Parse(Parse.Post($"---\ntitle: Spans\n---\n{markdown}\n").Main.Html);

    [Fact]
    public void A_span_carries_its_id_classes_and_pairs_as_pandoc_writes_them()
    {
        var span = Assert.Single(Render("A [marked phrase]{.class .other #id key=value lang=en}.").QuerySelectorAll("p span"));

        Assert.Equal("marked phrase", span.TextContent);
        Assert.Equal("id", span.Id);
        Assert.Equal(["class", "other"], span.ClassList);
        Assert.Equal("value", span.GetAttribute("data-key"));
        Assert.Equal("en", span.GetAttribute("lang"));
        Assert.Equal(4, span.Attributes.Length);
    }

    [Fact]
    public void A_vietnamese_phrase_is_marked_with_its_language()
    {
        var paragraph = Render("She said [Xin chào, bạn khỏe không?]{lang=vi} and left.").QuerySelector("p")!;

        var span = Assert.Single(paragraph.QuerySelectorAll("span"));
        Assert.Equal("vi", span.GetAttribute("lang"));
        Assert.Equal("Xin chào, bạn khỏe không?", span.TextContent);
        Assert.Equal("She said Xin chào, bạn khỏe không? and left.", paragraph.TextContent);
    }

    [Fact]
    public void Empty_braces_make_a_bare_span_and_the_span_holds_emphasis()
    {
        var paragraph = Render("[plain]{} and [*very* **much**]{.loud}").QuerySelector("p")!;

        var spans = paragraph.QuerySelectorAll("span");
        Assert.Empty(spans[0].Attributes);
        Assert.Equal("very", spans[1].QuerySelector("em")!.TextContent);
        Assert.Equal("much", spans[1].QuerySelector("strong")!.TextContent);
    }

    [Fact]
    public void A_span_may_hold_a_link_and_a_link_a_span()
    {
        var document = Render("[see [the guide](/guide) first]{.hint}\n\n[read [this]{.em} now](/now)");

        var hint = document.QuerySelector("span.hint")!;
        Assert.Equal("/guide", hint.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("see the guide first", hint.TextContent);

        var link = document.QuerySelector("a[href='/now']")!;
        Assert.Equal("this", link.QuerySelector("span.em")!.TextContent);
        Assert.Equal("read this now", link.TextContent);
    }

    [Fact]
    public void References_stay_links_and_a_reference_name_with_attributes_is_a_span_as_in_pandoc()
    {
        var paragraph = Render("[docs][d], [docs][], [docs] and [docs]{.c}\n\n[d]: /d\n[docs]: /docs").QuerySelector("p")!;

        Assert.Equal(["/d", "/docs", "/docs"], paragraph.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("docs", paragraph.QuerySelector("span.c")!.TextContent);
    }

    [Fact]
    public void Brackets_without_attributes_stay_text()
    {
        var paragraph = Render("[x], [not a link], a[1], [a]b]{.c} and \\[a]{.c}").QuerySelector("p")!;

        Assert.Empty(paragraph.Children);
        Assert.Equal("[x], [not a link], a[1], [a]b]{.c} and [a]{.c}", paragraph.TextContent);
    }

    [Fact]
    public void Footnote_marks_stay_marks_and_braces_after_one_are_text()
    {
        var document = Render("A note[^n] and [^1]{.c}.\n\n[^n]: The note, with [a span]{.in-note}.");

        var paragraph = document.QuerySelector("p")!;
        Assert.Equal("1", paragraph.QuerySelector("a.footnote-ref")!.TextContent);
        Assert.Empty(paragraph.QuerySelectorAll("span"));
        Assert.EndsWith("[^1]{.c}.", paragraph.TextContent, StringComparison.Ordinal);
        Assert.Equal("a span", document.QuerySelector("section.footnotes span.in-note")!.TextContent);
    }

    [Fact]
    public void Task_lists_keep_their_boxes()
    {
        var items = Render("- [ ] open, with a [span]{.s}\n- [x] done").QuerySelectorAll("li");

        Assert.Equal([false, true], items.Select(li => li.QuerySelector("input[type=checkbox]")!.HasAttribute("checked")));
        Assert.Equal("span", items[0].QuerySelector("span.s")!.TextContent);
    }

    [Fact]
    public void A_heading_s_span_counts_as_its_text()
    {
        var post = Parse.Post("---\ntitle: Spans\n---\n## Chào [thế giới]{lang=vi}\n");

        var heading = Html.Parse(post.Main.Html).QuerySelector("h2")!;
        Assert.Equal("chào-thế-giới", heading.Id);
        Assert.Equal("vi", heading.QuerySelector("span")!.GetAttribute("lang"));
    }

    [Fact]
    public void A_span_may_hold_citations_and_a_bracketed_citation_without_braces_stays_one()
    {
        var paragraph = Render("[see @doe99, p. 3]{.cite-note} and [@roe]").QuerySelector("p")!;

        var span = paragraph.QuerySelector("span.cite-note")!;
        Assert.Equal("doe99", span.QuerySelector("span.citation")!.GetAttribute("data-cites"));
        // pandoc's smart punctuation joins an abbreviation to what follows with a no-break space.
        Assert.Equal("see @doe99, p.\u00A03", span.TextContent);
        Assert.Equal("[@roe]", paragraph.QuerySelectorAll("span.citation")[1].TextContent);
    }
}
