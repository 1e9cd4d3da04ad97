using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Notes;

/// <summary>
/// pandoc's inline notes, <c>^[…]</c>: footnotes numbered with the defined ones in reading order, in
/// each language version of a file on its own, and text where they are not notes.
/// </summary>
public sealed class InlineNoteTests
{
    private static IDocument Render(string markdown) => Html.Parse(Parse.Post($"---\ntitle: Notes\n---\n{markdown}\n").Main.Html);

    [Fact]
    public void Inline_and_defined_notes_are_numbered_in_reading_order()
    {
        var document = Render("First^[An *inline* note.] then defined[^d] then inline again^[Second inline.].\n\n[^d]: The defined note.");

        var references = document.QuerySelectorAll("p a.footnote-ref");
        Assert.Equal(["#fn1", "#fn2", "#fn3"], references.Select(a => a.GetAttribute("href")));
        Assert.Equal(["1", "2", "3"], references.Select(a => a.TextContent));

        var notes = document.QuerySelectorAll("section.footnotes li");
        Assert.Equal(["fn1", "fn2", "fn3"], notes.Select(li => li.Id));
        Assert.Equal(["An inline note.↩︎", "The defined note.↩︎", "Second inline.↩︎"], notes.Select(li => li.TextContent.Trim()));
        Assert.Equal("inline", notes[0].QuerySelector("em")!.TextContent);
        Assert.All(notes, (li, i) => Assert.Equal($"#fnref{i + 1}", li.QuerySelector("a.footnote-back")!.GetAttribute("href")));
    }

    [Fact]
    public void A_note_holds_links_and_brackets_and_a_link_after_a_note_is_text()
    {
        var document = Render("See^[the [guide](/guide) and [brackets]] and^[x](/not-a-link).");

        var notes = document.QuerySelectorAll("section.footnotes li");
        Assert.Equal("/guide", notes[0].QuerySelector("a:not(.footnote-back)")!.GetAttribute("href"));
        Assert.StartsWith("the guide and [brackets]", notes[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("x↩︎", notes[1].TextContent.Trim());
        Assert.Empty(document.QuerySelectorAll("a[href='/not-a-link']"));
    }

    [Theory]
    [InlineData("An unclosed ^[note is text.", "An unclosed ^[note is text.")]
    [InlineData("Code `^[not a note]` stays.", "Code ^[not a note] stays.")]
    [InlineData(@"Escaped \^[not a note].", "Escaped ^[not a note].")]
    public void What_is_not_a_note_stays_text(string markdown, string text)
    {
        var document = Render(markdown);

        Assert.Empty(document.QuerySelectorAll("section.footnotes"));
        Assert.Equal(text, document.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Each_language_version_numbers_its_own_notes()
    {
        var post = Parse.Post("""
            ---
            title: Notes in two languages
            ---
            ## English

            One^[English note.] and two^[Second English note.].

            ## Tiếng Việt

            Một^[Chú thích tiếng Việt.].
            """);

        var vietnamese = Html.Parse(post.Translations.Single(t => t.Language == "vi").Html);
        var reference = Assert.Single(vietnamese.QuerySelectorAll("a.footnote-ref"));
        Assert.Equal("#vi-fn1", reference.GetAttribute("href"));
        Assert.Equal("1", reference.TextContent);
        Assert.Equal("Chú thích tiếng Việt.↩︎", Assert.Single(vietnamese.QuerySelectorAll("section.footnotes li")).TextContent.Trim());
        Assert.Equal(2, Html.Parse(post.Main.Html).QuerySelectorAll("section.footnotes li").Length);
    }

    [Fact]
    public void Unclosed_note_openings_are_text()
    {
        var markdown = string.Concat(Enumerable.Repeat("^[", 100)) + " end";

        var paragraph = Render(markdown).QuerySelector("p")!;

        Assert.Equal(markdown, paragraph.TextContent);
    }

    [Fact]
    public void Deeply_nested_notes_render_as_text_past_the_nesting_limit()
    {
        var markdown = string.Concat(Enumerable.Repeat("^[a", 200)) + new string(']', 200);

        var document = Render(markdown);

        Assert.NotEmpty(document.QuerySelectorAll("section.footnotes li"));
        Assert.Contains("^[a", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
