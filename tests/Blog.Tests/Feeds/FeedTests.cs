using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Feeds;

/// <summary>The feeds, read back by the framework's own feed reader.</summary>
public sealed class FeedTests : IDisposable
{
    private const string TrickyTitle = "Quotes \" & </script> <b>bold</b>";

    private readonly BlogFactory _factory = new();
    private readonly HttpClient _client;

    public FeedTests()
    {
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        _factory.Posts.Write("2025-06-01-links.md", """
            ---
            title: 'Quotes " & </script> <b>bold</b>'
            keywords: "feeds, xml"
            lang: en
            ---

            See [the other post](/en/posts/queues), [a section](#part) and ![a chart](/images/chart.png).

            ## Part
            Text.
            """);
        _factory.Posts.Write("2025-05-01-draft.md", Samples.SingleLanguagePost("Draft", "2025-05-01", extra: "draft: true"));
        for (var day = 1; day <= 25; day++)
        {
            _factory.Posts.Write($"2024-01-{day:00}-old-{day}.md", Samples.SingleLanguagePost($"Old {day}", $"2024-01-{day:00}"));
        }

        _client = _factory.Client();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

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
}
