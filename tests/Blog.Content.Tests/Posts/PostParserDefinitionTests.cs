using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Posts;

/// <summary>Footnotes and link references written once serve every language section.</summary>
public sealed class PostParserDefinitionTests
{
    private const string Bilingual = """
        ---
        title: Notes
        lang: en
        ---

        ## English
        A claim[^src] with [the docs].

        ---

        ## Tiếng Việt
        Một nhận định[^src] với [the docs].

        ---

        [^src]: The source, for both languages.

        [the docs]: https://example.org/docs
        """;

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Definitions_at_the_end_of_the_file_serve_every_language(string language)
    {
        var post = Parse.Post(Bilingual);

        var body = Html.Parse(post.In(language)!.Html);
        Assert.Equal("https://example.org/docs", body.QuerySelector("p a:not(.footnote-ref)")!.GetAttribute("href"));
        Assert.NotNull(body.QuerySelector("a.footnote-ref"));
        Assert.Equal("The source, for both languages.", body.QuerySelector(".footnotes li p")!.FirstChild!.TextContent);
        Assert.DoesNotContain("[^src]", body.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Footnote_ids_of_two_languages_never_collide()
    {
        var post = Parse.Post(Bilingual);

        var english = Html.Parse(post.In("en")!.Html).QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        var vietnamese = Html.Parse(post.In("vi")!.Html).QuerySelectorAll("[id]").Select(e => e.Id).ToList();

        Assert.NotEmpty(vietnamese);
        Assert.Empty(english.Intersect(vietnamese));
    }

    [Fact]
    public void Footnote_links_point_at_their_own_notes()
    {
        var post = Parse.Post(Bilingual);

        var body = Html.Parse(post.In("vi")!.Html);
        var reference = body.QuerySelector("a.footnote-ref")!;
        var note = body.GetElementById(reference.GetAttribute("href")![1..])!;
        var back = note.QuerySelector("a.footnote-back")!;
        Assert.Equal(reference.Id, back.GetAttribute("href")![1..]);
    }

    [Fact]
    public void A_file_of_many_sections_gives_each_language_every_definition_once()
    {
        var sections = string.Concat(Enumerable.Range(0, 1_000).Select(i => i % 2 == 0
            ? $"## English\nClaim {i}[^n{i}] with [the docs].\n\n[^n{i}]: Note {i}, see [inner].\n\n    [inner]: https://example.org/inner\n\n"
            : $"## Tiếng Việt\nNhận định {i}[^n{i - 1}] với [the docs].\n\n"));
        var post = Parse.Post($"---\ntitle: Many\nlang: en\n---\n\n{sections}[the docs]: https://example.org/docs\n");

        foreach (var language in new[] { "en", "vi" })
        {
            var body = Html.Parse(post.In(language)!.Html);
            Assert.Equal(500, body.QuerySelectorAll("p > a[href='https://example.org/docs']").Length);
            Assert.Equal(500, body.QuerySelectorAll(".footnotes > ol > li").Length);
            Assert.Equal(500, body.QuerySelectorAll(".footnotes a[href='https://example.org/inner']").Length);
        }
    }
}
