using System.Text.Json;
using AngleSharp.Dom;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Feeds;

/// <summary>JSON-LD and social cards: what search engines and shared links read.</summary>
public sealed class StructuredDataTests : IClassFixture<SharedBlog>, IDisposable
{
    private const string Tricky = "A \"quoted\" </script><script>alert(1)</script> & more";

    // Tricky as pandoc shows it, with smart punctuation.
    private const string TrickyShown = "A “quoted” </script><script>alert(1)</script> & more";

    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public StructuredDataTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost.Replace("description-meta:", "image: /images/queues.png\nimage-width: 1200\nimage-height: 630\nimage-alt: A queue\nupdated: 2025-08-02\ndescription-meta:", StringComparison.Ordinal));
            factory.Posts.Write("2025-01-01-tricky.md", $"---\ntitle: '{Tricky.Replace("'", "''", StringComparison.Ordinal)}'\nauthor: Lan\nkeywords: \"a & b\"\n---\nText.\n");
        });
        _client = _factory.Client();
    }

    public void Dispose() => _client.Dispose();

    private static JsonElement JsonLd(IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }

    [Fact]
    public async Task A_post_page_describes_itself_as_a_blog_posting_linked_to_its_translations()
    {
        var english = JsonLd(await _client.GetOkPage("/en/posts/queues"));

        Assert.Equal("https://schema.org", english.GetProperty("@context").GetString());
        Assert.Equal("BlogPosting", english.GetProperty("@type").GetString());
        Assert.Equal("Understanding Message Queues", english.GetProperty("headline").GetString());
        Assert.StartsWith("notes.example", english.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-07-29", english.GetProperty("datePublished").GetString());
        Assert.StartsWith("2025-08-02", english.GetProperty("dateModified").GetString(), StringComparison.Ordinal);
        Assert.Equal("Minh", english.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("https://example.org/minh", english.GetProperty("author").GetProperty("url").GetString());
        Assert.Equal("queues, distributed systems, messaging", english.GetProperty("keywords").GetString());
        Assert.Equal("en", english.GetProperty("inLanguage").GetString());
        Assert.Equal(BlogFactory.BaseUrl + "/en/posts/queues", english.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal(BlogFactory.BaseUrl + "/vi/posts/queues", english.GetProperty("workTranslation")[0].GetProperty("@id").GetString());

        var vietnamese = JsonLd(await _client.GetOkPage("/vi/posts/queues"));
        Assert.Equal("vi", vietnamese.GetProperty("inLanguage").GetString());
        Assert.Equal(BlogFactory.BaseUrl + "/en/posts/queues", vietnamese.GetProperty("translationOfWork").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task The_home_page_describes_the_web_site()
    {
        var site = JsonLd(await _client.GetOkPage("/vi"));

        Assert.Equal("WebSite", site.GetProperty("@type").GetString());
        Assert.Equal("Test Blog", site.GetProperty("name").GetString());
        Assert.Equal(BlogFactory.BaseUrl + "/vi", site.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Quotes_ampersands_and_a_closing_script_tag_stay_inside_the_json()
    {
        var page = await _client.GetOkPage("/en/posts/tricky");

        var posting = JsonLd(page);
        Assert.Equal(TrickyShown, posting.GetProperty("headline").GetString());
        Assert.Equal("a & b", posting.GetProperty("keywords").GetString());
        Assert.All(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.NotNull(s.GetAttribute("src")));
        Assert.Equal(TrickyShown, page.Head!.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_post_with_an_image_gets_a_large_card_with_the_images_size()
    {
        var page = await _client.GetOkPage("/en/posts/queues");

        Assert.Equal("Test Blog", page.Property("og:site_name"));
        Assert.Equal(BlogFactory.BaseUrl + "/images/queues.png", page.Property("og:image"));
        Assert.Equal("1200", page.Property("og:image:width"));
        Assert.Equal("630", page.Property("og:image:height"));
        Assert.Equal("A queue", page.Property("og:image:alt"));
        Assert.Equal("2025-07-29", page.Property("article:published_time"));
        Assert.StartsWith("2025-08-02", page.Property("article:modified_time"), StringComparison.Ordinal);
        Assert.Equal("https://example.org/minh", page.Property("article:author"));
        Assert.Equal(["queues", "distributed systems", "messaging"], page.Head!.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")));
        Assert.Equal("summary_large_image", page.Meta("twitter:card"));
        Assert.Equal(BlogFactory.BaseUrl + "/images/queues.png", page.Meta("twitter:image"));
    }

    [Fact]
    public async Task A_post_without_an_image_gets_a_small_card_and_the_site_default_picture_when_there_is_one()
    {
        var page = await _client.GetOkPage("/en/posts/tricky");
        Assert.Equal("summary", page.Meta("twitter:card"));
        Assert.Null(page.Property("og:image"));

        using var factory = new BlogFactory().With("Blog:DefaultImage", "/images/site.png").With("Blog:DefaultImageWidth", "800").With("Blog:DefaultImageHeight", "400");
        factory.Posts.Write("plain.md", Samples.SingleLanguagePost("Plain", "2025-01-01"));
        using var client = factory.Client();
        var withDefault = await client.GetOkPage("/en/posts/plain");
        Assert.Equal(BlogFactory.BaseUrl + "/images/site.png", withDefault.Property("og:image"));
        Assert.Equal("800", withDefault.Property("og:image:width"));
        Assert.Equal("summary_large_image", withDefault.Meta("twitter:card"));
    }

    [Fact]
    public async Task A_post_is_never_modified_before_it_was_published()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("p.md", "---\ntitle: P\ndate: 2025-05-01\nupdated: 2025-04-01\n---\nText.\n");
        using var client = factory.Client();

        var page = await client.GetOkPage("/en/posts/p");

        Assert.StartsWith("2025-05-01", JsonLd(page).GetProperty("dateModified").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2025-05-01", page.Property("article:modified_time"), StringComparison.Ordinal);
    }
}
