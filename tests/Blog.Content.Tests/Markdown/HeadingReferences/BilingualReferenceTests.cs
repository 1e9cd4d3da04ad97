using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.HeadingReferences;

/// <summary>
/// A post's language versions are rendered apart: references to headings and example numbers are
/// those of each version (with the text both share), and a link definition anywhere serves both.
/// </summary>
public sealed class BilingualReferenceTests
{
    private const string Post = """
        ---
        title: Hai thứ tiếng
        ---
        (@shared) Chung.

        ## English

        (@) One, after (@shared). See [pg\_prove] and [Setup].

        ### Setup

        [pg\_prove]: https://pgtap.org

        ## Tiếng Việt

        (@) Một, sau (@shared). Xem [pg\_prove] và [Cài đặt], không phải [Setup].

        ### Cài đặt
        """;

    [Fact]
    public void Each_version_links_its_own_headings_and_numbers_its_own_examples()
    {
        var post = Parse.Post(Post);
        var english = Html.Parse(post.Translations.Single(t => t.Language == "en").Html);
        var vietnamese = Html.Parse(post.Translations.Single(t => t.Language == "vi").Html);

        Assert.Equal(["https://pgtap.org", "#setup"], english.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["https://pgtap.org", "#cài-đặt"], vietnamese.QuerySelectorAll("a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)));
        Assert.Contains("[Setup]", vietnamese.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("One, after (1).", english.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Một, sau (1).", vietnamese.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, vietnamese.QuerySelectorAll("ol.example > li").Length);
    }
}
