using AngleSharp.Html.Parser;
using Blog.Feeds;

namespace Blog.Tests.Feeds;

/// <summary>Links in feed HTML made absolute on the tags an HTML parser sees, and nowhere else.</summary>
public sealed class AbsoluteUrlsTests
{
    private static readonly Uri Page = new("https://blog.example/en/posts/queues");

    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("<a href=\"/en/posts/x\">x</a>", "https://blog.example/en/posts/x")]
    [InlineData("<a href='/en/posts/x'>x</a>", "https://blog.example/en/posts/x")]
    [InlineData("<a href=/en/posts/x>x</a>", "https://blog.example/en/posts/x")]
    [InlineData("<A HREF = \"#part\">x</A>", "https://blog.example/en/posts/queues#part")]
    [InlineData("<a class=\"x\" title='a > b' href=\"other?a=1&amp;b=2\">x</a>", "https://blog.example/en/posts/other?a=1&b=2")]
    [InlineData("<a href=\"https://example.org/a\">x</a>", "https://example.org/a")]
    [InlineData("<a href=\"mailto:me@example.org\">x</a>", "mailto:me@example.org")]
    public void Real_links_become_absolute(string html, string expected)
    {
        var document = Parser.ParseDocument(AbsoluteUrls.In(html, Page));

        Assert.Equal(expected, document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Pictures_become_absolute_and_other_attributes_stay()
    {
        var document = Parser.ParseDocument(AbsoluteUrls.In("<img data-src=\"/lazy.png\" src=\"/images/a.png\" alt=\"src='/no'\">", Page));

        var img = document.QuerySelector("img")!;
        Assert.Equal("https://blog.example/images/a.png", img.GetAttribute("src"));
        Assert.Equal("/lazy.png", img.GetAttribute("data-src"));
        Assert.Equal("src='/no'", img.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("<pre><code>&lt;a href='/x'&gt;x&lt;/a&gt;</code></pre>", "<a href='/x'>x</a>")]
    [InlineData("<p>if a <b and href='/x' then</p>", "if a ")]
    [InlineData("<p>1 < 2 href='/x'</p>", "1 < 2 href='/x'")]
    [InlineData("<p><!-- <a href='/x'> -->text</p>", "text")]
    [InlineData("<p><script>var s = \"<a href='/x'>\";</script></p>", "var s = \"<a href='/x'>\";")]
    public void Text_that_only_looks_like_a_link_is_left_as_written(string html, string text)
    {
        var rewritten = AbsoluteUrls.In(html, Page);

        Assert.Equal(Parser.ParseDocument(html).Body!.TextContent, Parser.ParseDocument(rewritten).Body!.TextContent);
        Assert.StartsWith(text, Parser.ParseDocument(rewritten).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_without_relative_links_is_returned_as_it_is()
    {
        const string Html = "<p>No links, <code>href='/x'</code>.</p>";

        Assert.Same(Html, AbsoluteUrls.In(Html, Page));
    }
}
