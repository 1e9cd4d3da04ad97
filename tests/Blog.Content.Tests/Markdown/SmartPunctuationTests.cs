using System.Diagnostics;
using AngleSharp.Dom;
using Blog.Content.Posts;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown;

/// <summary>
/// pandoc's smart punctuation, on by default in its Markdown: curly quotes and apostrophes, dashes,
/// ellipses and the no-break space after an abbreviation, wherever a post's text shows. The cases in
/// <c>Specs/smart</c> are inputs written for this, each beside pandoc 2.17's HTML for it.
/// </summary>
public sealed class SmartPunctuationTests
{
    private static readonly string Specs = Path.Combine(AppContext.BaseDirectory, "Markdown", "Specs", "smart");

    // Where text shows, and the attributes that hold text (a picture's description, a title).
    private const string TextElements = "p, h1, h2, h3, h4, h5, h6, li, th, td, blockquote, code, pre, em, strong, a, span, abbr";

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateFiles(Specs, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_paragraph_heading_item_and_piece_of_code_reads_as_pandoc_writes_it(string name)
    {
        var pandoc = Html.Parse(File.ReadAllText(Path.Combine(Specs, name + ".html")));

        var blog = Html.Parse(Parse.Post($"---\ntitle: Spec\n---\n{File.ReadAllText(Path.Combine(Specs, name + ".md"))}", "spec.md").Main.Html);

        Assert.Equal(Texts(pandoc), Texts(blog));
        Assert.Equal(Attributes(pandoc), Attributes(blog));
    }

    [Fact]
    public void The_marks_are_written_as_characters_not_entities()
    {
        var html = Parse.Post("---\ntitle: T\n---\n\"Quoted\" -- it's... Mr. Smith\n").Main.Html;

        // pandoc's own output for this line, byte for byte (the space after "Mr." is U+00A0).
        Assert.Equal("<p>“Quoted” – it’s… Mr.\u00A0Smith</p>", html.Trim());
    }

    [Fact]
    public void Front_matter_text_the_summary_and_the_table_of_contents_show_what_pandoc_shows()
    {
        var post = Parse.Post("""
            ---
            title: "Don't say \"never\" -- or... maybe"
            subtitle: "A 'subtitle' --- with Mr. Smith"
            description-meta: "It's \"described\" -- here..."
            ---

            The first paragraph's "summary" -- with dashes... and an apostrophe.

            ## "Quoted" -- heading

            ## It's REPL---An example

            ### Mr. Smith's 'single' quotes...

            ## Don't stop

            ## Don’t stop
            """);

        // What pandoc -s --toc gives for the same file.
        var main = post.Main;
        Assert.Equal("Don’t say “never” – or… maybe", main.Title);
        Assert.Equal("A ‘subtitle’ — with Mr.\u00A0Smith", main.Subtitle);
        Assert.Equal("It’s “described” – here…", main.Description);
        Assert.Equal("The first paragraph’s “summary” – with dashes… and an apostrophe.", main.Summary);
        (string Id, string Text)[] headings =
        [
            ("quoted-heading", "“Quoted” – heading"),
            ("its-replan-example", "It’s REPL—An example"),
            ("mr.-smiths-single-quotes", "Mr.\u00A0Smith’s ‘single’ quotes…"),
            ("dont-stop", "Don’t stop"),
            ("dont-stop-1", "Don’t stop"),
        ];
        Assert.Equal(headings, Flatten(main.Toc));
        Assert.Equal(headings, Html.Parse(main.Html).QuerySelectorAll("h2, h3").Select(h => (h.Id!, h.TextContent)));
    }

    [Fact]
    public void A_heading_that_repeats_the_title_is_still_taken_for_it()
    {
        var post = Parse.Post("---\ntitle: '\"Hi\" -- there'\n---\n\n# \"Hi\" -- there\n\nText.\n");

        Assert.Equal("“Hi” – there", post.Main.Title);
        Assert.Empty(Html.Parse(post.Main.Html).QuerySelectorAll("h1"));
    }

    [Fact]
    public void A_bare_link_keeps_its_address_as_its_text()
    {
        var html = Html.Parse(Parse.Post("---\ntitle: T\n---\nSee https://example.com/a--b...c for \"more\".\n").Main.Html);

        var link = html.QuerySelector("a")!;
        Assert.Equal("https://example.com/a--b...c", link.TextContent);
        Assert.Equal("https://example.com/a--b...c", link.GetAttribute("href"));
        Assert.Equal("See https://example.com/a--b...c for “more”.", html.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void An_abbreviation_at_the_end_of_a_line_keeps_its_no_break_space()
    {
        // pandoc: Str "Mr.\160", SoftBreak, Str "Smith".
        var html = Parse.Post("---\ntitle: T\n---\nAt the end of a line Mr. \nSmith.\n").Main.Html;

        Assert.Equal("At the end of a line Mr.\u00A0\nSmith.", Html.Parse(html).QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Thousands_of_quotes_that_never_close_take_linear_time_and_any_depth()
    {
        var unclosed = string.Concat(Enumerable.Repeat("'a \"b ", 60_000));
        var nested = string.Concat(Enumerable.Repeat("\"'", 30_000));
        var stopwatch = Stopwatch.StartNew();

        var post = Parse.Post($"---\ntitle: T\n---\n{unclosed}\n\n{nested}\n");

        Assert.True(stopwatch.Elapsed < HangGuard.Limit, $"took {stopwatch.Elapsed}");
        var paragraphs = Html.Parse(post.Main.Html).QuerySelectorAll("p");
        // pandoc's start for the same text (it takes minutes on this much of it).
        Assert.StartsWith("’a “b ’a”b ’a “b ’a”b", paragraphs[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(60_000, paragraphs[1].TextContent.Length);
    }

    private static List<string> Texts(IDocument document) =>
        document.Body!.QuerySelectorAll(TextElements)
            .Select(e => $"{e.LocalName}{(e.Id is { } id ? "#" + id : string.Empty)}: {Collapse(e.TextContent)}")
            .ToList();

    private static List<string> Attributes(IDocument document) =>
        document.Body!.QuerySelectorAll("[alt], [title]")
            .Select(e => $"{e.LocalName}: {e.GetAttribute("alt")} | {e.GetAttribute("title")}")
            .ToList();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<(string Id, string Text)> Flatten(IReadOnlyList<TocEntry> entries) =>
        entries.SelectMany(e => Flatten(e.Children).Prepend((e.Id, e.Text)));
}
