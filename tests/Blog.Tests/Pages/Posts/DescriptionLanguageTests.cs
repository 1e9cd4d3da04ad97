using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages.Posts;

/// <summary>
/// What search engines and shared links show under a page's title: the meta, Open Graph, Twitter and
/// JSON-LD descriptions are one text, in the page's language.
/// </summary>
public sealed class DescriptionLanguageTests
{
    // Letters Vietnamese has and English never uses: a description in Vietnamese has some.
    private const string VietnameseLetters = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ";

    [Fact]
    public async Task Each_version_of_a_bilingual_post_describes_itself_in_its_own_language()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        using var client = factory.Client();

        var english = await client.GetOkPage("/en/posts/queues");
        var vietnamese = await client.GetOkPage("/vi/posts/queues");

        Assert.Equal("notes.example - Understanding Message Queues - why services talk through a queue.", Agreed(english));
        Assert.Equal("Hàng đợi cho phép một dịch vụ giao việc cho dịch vụ khác mà không phải chờ.", Agreed(vietnamese));
    }

    [Fact]
    public async Task A_translation_file_without_a_description_is_described_by_its_own_text()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("2025-07-29-queues.md", "---\ntitle: Queues\nsubtitle: Why services queue.\ndescription-meta: About queues.\n---\nA queue hands work on.\n");
        factory.Posts.Write("2025-07-29-queues.vi.md", "---\ntitle: Hàng đợi\n---\nHàng đợi giao việc đi.\n");
        using var client = factory.Client();

        Assert.Equal("About queues.", Agreed(await client.GetOkPage("/en/posts/queues")));
        Assert.Equal("Hàng đợi giao việc đi.", Agreed(await client.GetOkPage("/vi/posts/queues")));
    }

    [Fact]
    public async Task A_version_with_no_words_of_its_own_borrows_the_main_description_and_the_author_is_told()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("2025-07-29-queues.md", """
            ---
            title: Queues
            description-meta: About queues.
            ---
            ## English
            A queue hands work on.

            ## Tiếng Việt
            ```
            queue.Send(work);
            ```
            """);
        using var client = factory.Client();

        Assert.Equal("About queues.", Agreed(await client.GetOkPage("/vi/posts/queues")));
        Assert.Contains(factory.Logs.Messages(Serilog.Events.LogEventLevel.Warning), m => m.Contains("'vi' version has no description", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_without_front_matter_is_described_by_its_first_paragraph()
    {
        using var pages = new TempPostsFolder();
        pages.Write("about.md", "# About\n\nThis blog is about queues and the people who run them.\n");
        using var factory = new BlogFactory().With("Blog:PagesPath", pages.Path);
        factory.Posts.Write("2025-01-01-a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        using var client = factory.Client();

        Assert.Equal("This blog is about queues and the people who run them.", Agreed(await client.GetOkPage("/en/about")));
    }

    [Fact]
    public async Task Every_post_and_page_of_a_migrated_bilingual_blog_is_described_in_its_language()
    {
        using var site = new TempPostsFolder();
        var manifest = PandocBlog.Write(site.Path, posts: 30);
        using var factory = new BlogFactory().With("Blog:PostsPath", manifest.PostsFolder);
        using var client = factory.Client();
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative), TestContext.Current.CancellationToken));

        var checkedPages = 0;
        // Tag pages are most of the sitemap and carry no description of a post.
        foreach (var url in sitemap.Descendants(ns + "loc").Select(l => l.Value).Where(u => !u.Contains("/tags", StringComparison.Ordinal)))
        {
            var page = await client.GetOkPage(url);
            if (page.QuerySelector("script[type='application/ld+json']") is null
                || JsonLd(page).GetProperty("@type").GetString() is not ("BlogPosting" or "WebPage"))
            {
                continue;
            }

            var description = Agreed(page);
            var language = page.DocumentElement.GetAttribute("lang")!;
            Assert.True(
                language.StartsWith("vi", StringComparison.Ordinal) == description.Any(VietnameseLetters.Contains),
                $"{url} ({language}) is described as \"{description}\"");
            checkedPages++;
        }

        // Every post in both languages, and the resume in both.
        Assert.Equal((2 * manifest.Posts.Count) + 2, checkedPages);
    }

    /// <summary>The page's description, once the four places that carry it are found to agree.</summary>
    private static string Agreed(IDocument page)
    {
        var meta = page.Meta("description");
        Assert.NotNull(meta);
        Assert.Equal(meta, page.Property("og:description"));
        Assert.Equal(meta, page.Meta("twitter:description"));
        Assert.Equal(meta, JsonLd(page).GetProperty("description").GetString());
        return meta;
    }

    private static JsonElement JsonLd(IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }
}
