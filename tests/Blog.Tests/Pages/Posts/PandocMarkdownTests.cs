using System.ServiceModel.Syndication;
using System.Xml;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages.Posts;

/// <summary>
/// pandoc's Markdown as readers meet it on the site: a post whose languages are marked with
/// <c>::: {lang=xx}</c> divs has a page per language with its toggle, and smart punctuation reaches
/// the title, the table of contents, the meta description and the feed alike.
/// </summary>
public sealed class PandocMarkdownTests : IDisposable
{
    private static readonly AngleSharp.Html.Parser.HtmlParser Parser = new();

    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_post_marked_with_language_divs_has_a_page_per_language_with_the_toggle()
    {
        _factory.Posts.Write("2025-05-01-divided.md", """
            ---
            title: Divided by divs
            ---
            ::: {lang=en}
            # Divided by divs

            Words in English.
            :::

            ::: {lang=vi}
            # Chia bằng khối div

            Chữ tiếng Việt.
            :::
            """);
        using var client = _factory.Client();

        var english = await client.GetOkPage("/en/posts/divided");
        var vietnamese = await client.GetOkPage("/vi/posts/divided");

        Assert.Equal("vi", vietnamese.DocumentElement.GetAttribute("lang"));
        var shownVietnamese = vietnamese.QuerySelector(".post-version:not([hidden])")!;
        Assert.Equal("Chia bằng khối div", shownVietnamese.QuerySelector("h1")!.TextContent);
        Assert.Contains("Chữ tiếng Việt.", shownVietnamese.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.DoesNotContain("Words in English.", shownVietnamese.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Empty(shownVietnamese.QuerySelectorAll("div[lang]"));

        var toggle = english.QuerySelectorAll(".language-toggle a");
        Assert.Equal(["English", "Tiếng Việt"], toggle.Select(a => a.TextContent));
        Assert.Equal("/vi/posts/divided", toggle[1].GetAttribute("href"));
        Assert.Equal("vi", toggle[1].GetAttribute("hreflang"));
    }

    [Fact]
    public async Task Quotes_and_dashes_are_typeset_in_the_title_toc_description_and_feed()
    {
        _factory.Posts.Write("2025-05-02-quotes.md", """
            ---
            title: "Don't panic -- it's \"fine\"..."
            description-meta: "The author's view -- in short"
            toc: true
            ---
            ## "Quoted" heading

            Text.

            ## REPL---An answer

            More text.
            """);
        using var client = _factory.Client();

        var page = await client.GetOkPage("/en/posts/quotes");

        const string Title = "Don\u2019t panic \u2013 it\u2019s \u201Cfine\u201D\u2026";
        var shown = page.QuerySelector(".post-version:not([hidden])")!;
        Assert.Equal(Title, shown.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(Title, page.Title, StringComparison.Ordinal);
        Assert.Equal("The author\u2019s view \u2013 in short", page.Meta("description"));
        var toc = shown.QuerySelectorAll("nav#TOC a");
        Assert.Equal(["\u201CQuoted\u201D heading", "REPL\u2014An answer"], toc.Select(a => a.TextContent));
        Assert.Equal(["#quoted-heading", "#replan-answer"], toc.Select(a => a.GetAttribute("href")));

        await using var stream = await client.GetStreamAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        using var reader = XmlReader.Create(stream);
        Assert.Equal(Title, SyndicationFeed.Load(reader).Items.Single().Title.Text);
    }

    [Fact]
    public async Task Feeds_carry_the_same_mathml_as_the_page()
    {
        _factory.Posts.Write("2025-05-04-math.md", "---\ntitle: Math\n---\nThe rate $\\frac{dC}{dQ}$ and $20 or $30.\n");
        using var client = _factory.Client();

        var page = await client.GetOkPage("/en/posts/math");
        var pageMath = page.QuerySelector(".post-version:not([hidden]) .post-body math")!;

        await using var atomStream = await client.GetStreamAsync(new Uri("/atom.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        using var atomReader = XmlReader.Create(atomStream);
        var atomItem = SyndicationFeed.Load(atomReader).Items.Single();
        var atomHtml = Parser.ParseDocument(((TextSyndicationContent)atomItem.Content).Text);

        await using var rssStream = await client.GetStreamAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        using var rssReader = XmlReader.Create(rssStream);
        var rssItem = SyndicationFeed.Load(rssReader).Items.Single();
        var rssHtml = Parser.ParseDocument(rssItem.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").Single());

        Assert.Equal(@"\frac{dC}{dQ}", pageMath.QuerySelector("annotation")!.TextContent);
        Assert.NotNull(pageMath.QuerySelector("mfrac"));
        foreach (var feed in new[] { atomHtml, rssHtml })
        {
            var math = Assert.Single(feed.QuerySelectorAll("math"));
            Assert.Equal(pageMath.OuterHtml, math.OuterHtml);
            Assert.Contains("$20 or $30.", feed.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Inline_notes_and_divs_reach_the_page()
    {
        _factory.Posts.Write("2025-05-03-notes.md", """
            ---
            title: Notes and divs
            ---
            ::: {.warning}
            Careful^[An inline note.] here.
            :::
            """);
        using var client = _factory.Client();

        var page = await client.GetOkPage("/en/posts/notes");

        var shown = page.QuerySelector(".post-version:not([hidden])")!;
        var reference = shown.QuerySelector("div.warning a.footnote-ref")!;
        var note = page.GetElementById(reference.GetAttribute("href")![1..])!;
        Assert.Equal("An inline note.", note.TextContent.Trim().TrimEnd('\u21A9', '\uFE0E'));
    }
}
