using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Feeds;

/// <summary>The feeds, read back by the framework's own feed reader.</summary>
public sealed class FeedTests : IClassFixture<SharedBlog>, IDisposable
{
    // As pandoc shows the title below: its smart punctuation makes a lone straight quote a closing one.
    private const string TrickyTitle = "Quotes ” & </script> <b>bold</b>";

    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public FeedTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
            factory.Posts.Write("2025-06-01-links.md", """
                ---
                title: 'Quotes " & </script> <b>bold</b>'
                keywords: "feeds, xml"
                lang: en
                ---

                See [the other post](/en/posts/queues), [a section](#part) and ![a chart](/images/chart.png).

                ## Part
                Text.
                """);
            factory.Posts.Write("2025-05-01-draft.md", Samples.SingleLanguagePost("Draft", "2025-05-01", extra: "draft: true"));
            for (var day = 1; day <= 25; day++)
            {
                factory.Posts.Write($"2024-01-{day:00}-old-{day}.md", Samples.SingleLanguagePost($"Old {day}", $"2024-01-{day:00}"));
            }
        });
        _client = _factory.Client();
    }

    public void Dispose() => _client.Dispose();

    private async Task<SyndicationFeed> Load(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        using var reader = XmlReader.Create(stream);
        return SyndicationFeed.Load(reader);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    public async Task The_site_feed_lists_the_newest_twenty_posts_with_absolute_links(string url)
    {
        var feed = await Load(url);

        Assert.Equal(20, feed.Items.Count());
        Assert.Equal(["Understanding Message Queues", TrickyTitle], feed.Items.Take(2).Select(i => i.Title.Text));
        Assert.DoesNotContain(feed.Items, i => i.Title.Text == "Draft");
        Assert.All(feed.Items, i => Assert.StartsWith(BlogFactory.BaseUrl + "/en/posts/", i.Links[0].Uri.AbsoluteUri, StringComparison.Ordinal));
        var queues = feed.Items.First();
        Assert.Equal(new DateTimeOffset(2025, 7, 29, 0, 0, 0, TimeSpan.Zero), queues.PublishDate);
        Assert.Equal(["queues", "distributed systems", "messaging"], queues.Categories.Select(c => c.Name));
    }

    [Fact]
    public async Task Atom_carries_the_full_html_with_every_link_and_picture_made_absolute()
    {
        var item = (await Load("/atom.xml")).Items.Single(i => i.Title.Text == TrickyTitle);

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(((TextSyndicationContent)item.Content).Text);
        Assert.Equal(
            [BlogFactory.BaseUrl + "/en/posts/queues", BlogFactory.BaseUrl + "/en/posts/links#part"],
            html.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(BlogFactory.BaseUrl + "/images/chart.png", html.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public async Task Rss_carries_the_summary_and_the_full_html()
    {
        var item = (await Load("/feed.xml")).Items.Single(i => i.Title.Text == TrickyTitle);

        Assert.StartsWith("See the other post", item.Summary.Text, StringComparison.Ordinal);
        var encoded = item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").Single();
        Assert.Contains(BlogFactory.BaseUrl + "/images/chart.png", encoded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_language_has_its_feeds_with_only_its_posts()
    {
        var vietnamese = await Load("/vi/feed.xml");

        Assert.Equal("vi", vietnamese.Language);
        var item = Assert.Single(vietnamese.Items);
        Assert.Equal(BlogFactory.BaseUrl + "/vi/posts/queues", item.Links[0].Uri.AbsoluteUri);
        Assert.Equal("en", (await Load("/en/atom.xml")).Language);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetPage("/fr/feed.xml")).Status);
    }

    [Fact]
    public async Task A_feed_reader_that_has_the_latest_version_gets_not_modified()
    {
        using var first = await _client.GetAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, new Uri("/feed.xml", UriKind.Relative));
        byTag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await _client.SendAsync(byTag, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, new Uri("/feed.xml", UriKind.Relative));
        byDate.Headers.IfModifiedSince = lastModified;
        using var alsoNotModified = await _client.SendAsync(byDate, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, alsoNotModified.StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Get, new Uri("/feed.xml", UriKind.Relative));
        stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"old\""));
        using var changed = await _client.SendAsync(stale, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Theory]
    [InlineData("/en")]
    [InlineData("/vi/posts/queues")]
    [InlineData("/en/tags/feeds")]
    public async Task Every_page_announces_its_feeds(string url)
    {
        var page = await _client.GetOkPage(url);

        var feeds = page.Head!.QuerySelectorAll("link[rel=alternate][type]").Select(l => (l.GetAttribute("type"), l.GetAttribute("href"))).ToList();
        var language = url.Split('/')[1];
        Assert.Contains(("application/rss+xml", $"{BlogFactory.BaseUrl}/{language}/feed.xml"), feeds);
        Assert.Contains(("application/atom+xml", $"{BlogFactory.BaseUrl}/{language}/atom.xml"), feeds);
        Assert.Contains(("application/rss+xml", $"{BlogFactory.BaseUrl}/feed.xml"), feeds);
    }

    [Fact]
    public async Task Every_entry_has_an_author_as_atom_requires()
    {
        var feed = await Load("/atom.xml");

        Assert.NotEmpty(feed.Authors);
        Assert.Equal("Test Blog", feed.Authors[0].Name);
        Assert.Contains(feed.Items, i => i.Authors.Count == 0);
    }

    [Fact]
    public async Task A_summary_that_looks_like_markup_stays_text_in_rss()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("generic.md", "---\ntitle: Generics\n---\nUse List<T> with <b>care</b>.\n");
        using var client = factory.Client();
        await using var stream = await client.GetStreamAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        using var reader = XmlReader.Create(stream);

        var description = SyndicationFeed.Load(reader).Items.Single().Summary.Text;

        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(description);
        Assert.Equal("Use List<T> with <b>care</b>.", shown.Body!.TextContent);
    }

    [Fact]
    public async Task Pages_only_announce_feeds_that_exist()
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("viet.md", Samples.SingleLanguagePost("Bài", "2025-01-01", lang: "vi"));
        using var client = factory.Client();

        foreach (var url in new[] { "/en", "/vi", "/vi/posts/viet" })
        {
            var page = await client.GetOkPage(url);
            foreach (var feed in page.Head!.QuerySelectorAll("link[rel=alternate][type]").Select(l => l.GetAttribute("href")!))
            {
                using var response = await client.GetAsync(new Uri(feed), TestContext.Current.CancellationToken);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} announces {feed}, which answers {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Taking_a_post_down_gives_the_feed_a_new_etag_that_revalidation_sees_first()
    {
        using var factory = new BlogFactory().With("Blog:ReloadDelay", "00:00:00.05");
        factory.Posts.Write("old.md", Samples.SingleLanguagePost("Old", "2020-01-01"));
        factory.Posts.Write("new.md", Samples.SingleLanguagePost("New", "2025-01-01"));
        using var client = factory.Client();
        using var before = await client.GetAsync(new Uri("/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);

        factory.Posts.Write("new.md", Samples.SingleLanguagePost("New", "2025-01-01", extra: "draft: true"));
        await Eventually.True(async () => (await Load(client, "/feed.xml")).Items.Count() == 1, "the draft leaves the feed");

        // The feed's time follows its posts, so it may go back; the ETag changes, and a reader that sends
        // both validators (as feed readers do) is answered by the ETag.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/feed.xml", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        request.Headers.IfModifiedSince = before.Content.Headers.LastModified;
        using var after = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Rss_descriptions_carry_vietnamese_and_apostrophes_as_characters()
    {
        const string Summary = "Hôm qua tôi đọc: you've got <mail> & more.";
        using var factory = new BlogFactory();
        // The apostrophe in a code span, where smart punctuation leaves it straight.
        factory.Posts.Write("hom-qua.md", "---\ntitle: Hôm qua\nlang: vi\ndate: 2025-01-01\n---\nHôm qua tôi đọc: `you've got` \\<mail> & more.\n");
        using var client = factory.Client();

        var item = (await Load(client, "/vi/feed.xml")).Items.Single();
        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(item.Summary.Text);
        Assert.Equal(Summary, shown.Body!.TextContent);

        // A reader that shows <description> as plain text, without an HTML decoder, sees only characters.
        await using var stream = await client.GetStreamAsync(new Uri("/vi/feed.xml", UriKind.Relative), TestContext.Current.CancellationToken);
        var raw = System.Xml.Linq.XDocument.Load(stream).Descendants("item").Single().Element("description")!.Value;
        Assert.StartsWith("Hôm qua tôi đọc: you've got ", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/atom.xml")]
    [InlineData("/feed.xml")]
    public async Task Links_shown_in_code_samples_stay_as_written_while_real_links_become_absolute(string url)
    {
        using var factory = new BlogFactory();
        factory.Posts.Write("code.md", """
            ---
            title: Links in code
            date: 2025-01-01
            ---
            Read [the guide](/en/posts/guide) first.

            ```html
            <a href='/x'>x</a> <img src="/y.png">
            ```

            Inline too: `<a href="/z">`.
            """);
        using var client = factory.Client();

        var item = (await Load(client, url)).Items.Single();
        var html = url == "/atom.xml"
            ? ((TextSyndicationContent)item.Content).Text
            : item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").Single();
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(BlogFactory.BaseUrl + "/en/posts/guide", Assert.Single(body.QuerySelectorAll("a")).GetAttribute("href"));
        Assert.Equal("<a href='/x'>x</a> <img src=\"/y.png\">", body.QuerySelector("pre")!.TextContent.Trim());
        Assert.Contains(body.QuerySelectorAll("code"), code => code.TextContent == "<a href=\"/z\">");
    }

    [Fact]
    public async Task Feeds_kept_in_memory_are_bounded_whatever_hosts_clients_send()
    {
        using var factory = new BlogFactory().With("Blog:BaseUrl", string.Empty);
        factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
        using var client = factory.CreateClient();

        for (var i = 0; i < 60; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/atom.xml", UriKind.Relative));
            request.Headers.Host = $"host{i}.example";
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var documents = (Blog.Feeds.MachineDocuments)factory.Services.GetService(typeof(Blog.Feeds.MachineDocuments))!;
        var catalog = ((Blog.Content.Catalog.CatalogStore)factory.Services.GetService(typeof(Blog.Content.Catalog.CatalogStore))!).Current;
        Assert.InRange(documents.CachedFor(catalog), 1, Blog.Feeds.MachineDocuments.MaxCachedPerCatalog);
    }

    private static async Task<SyndicationFeed> Load(HttpClient client, string url)
    {
        await using var stream = await client.GetStreamAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        using var reader = XmlReader.Create(stream);
        return SyndicationFeed.Load(reader);
    }
}
