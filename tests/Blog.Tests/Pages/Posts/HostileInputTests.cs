using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages.Posts;

/// <summary>Front matter values are text: whatever they contain, they must come out as text.</summary>
public sealed class HostileInputTests : IDisposable
{
    // As pandoc shows the title below: its smart punctuation makes the lone straight quotes closing ones.
    private const string Title = "Quotes ” ’ & <script>alert(1)</script>";

    private readonly BlogFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Markup_in_front_matter_is_encoded_in_the_head_and_the_page()
    {
        _factory.Posts.Write("hostile.md", """
            ---
            title: 'Quotes " '' & <script>alert(1)</script>'
            title-prefix: "<b>prefix</b>"
            description-meta: "\"><script>alert(2)</script>"
            author: "<img src=x onerror=alert(3)>"
            keywords: "<i>tag</i>"
            ---

            Body.
            """);
        using var client = _factory.Client();

        var page = await client.GetOkPage("/en/posts/hostile");

        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), script => Assert.StartsWith("/js/", script.GetAttribute("src"), StringComparison.Ordinal));
        using var jsonLd = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(Title, jsonLd.RootElement.GetProperty("headline").GetString());
        Assert.Empty(page.QuerySelectorAll("img, b, i"));
        Assert.Equal($"<b>prefix</b> – {Title}", page.Title);
        Assert.Equal(Title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal("“><script>alert(2)</script>", page.Meta("description"));
        Assert.Equal("<img src=x onerror=alert(3)>", page.Meta("author"));
        Assert.Equal(Title, page.Property("og:title"));
    }
}
