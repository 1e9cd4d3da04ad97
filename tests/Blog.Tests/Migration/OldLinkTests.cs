using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Migration;

/// <summary>
/// Every link the old static site ever gave out still leads to its post: each file of a real-shaped
/// pandoc blog answers at its old address (<c>/posts/&lt;section&gt;/yyyy/MM/dd/&lt;name&gt;.html</c>,
/// without <c>.html</c>, with a trailing slash) with a permanent redirect to a page with that file's title,
/// and no two files share an address, although 34 of their names repeat.
/// </summary>
public sealed class OldLinkTests(MigratedBlog blog) : IClassFixture<MigratedBlog>
{
    [Fact]
    public async Task Every_file_answers_at_its_old_address_with_a_permanent_redirect_to_a_page_with_its_title()
    {
        using var client = blog.Factory.Client(followRedirects: false);
        var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in blog.Manifest.Posts)
        {
            using var moved = await client.GetAsync(new Uri(post.OldAddress, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(moved.StatusCode == HttpStatusCode.MovedPermanently, $"{post.OldAddress} answered {(int)moved.StatusCode}");
            var target = moved.Headers.Location!.OriginalString;
            Assert.StartsWith("/en/", target, StringComparison.Ordinal);

            var page = await client.GetOkPage(target);
            Assert.Equal(post.ShownEnglishTitle, page.QuerySelector(".post-version:not([hidden]) h1.title")!.TextContent);
            Assert.True(addresses.TryAdd(target, post.RelativePath), $"{post.RelativePath} and {addresses.GetValueOrDefault(target)} share {target}");
        }

        Assert.Equal(blog.Manifest.Posts.Count, addresses.Count);
    }

    [Fact]
    public async Task Old_addresses_without_html_or_with_a_trailing_slash_lead_to_the_same_post()
    {
        using var client = blog.Factory.Client(followRedirects: false);
        foreach (var post in blog.Manifest.Posts.Where(p => blog.Manifest.RepeatedNames.ContainsKey(p.Name)).Take(40))
        {
            var withHtml = await Location(client, post.OldAddress);
            var bare = post.OldAddress[..^".html".Length];
            Assert.Equal(withHtml, await Location(client, bare));
            Assert.Equal(withHtml, await Location(client, bare + "/"));
        }
    }

    [Fact]
    public async Task Files_with_one_name_are_distinct_posts_and_the_earliest_keeps_the_plain_address()
    {
        using var client = blog.Factory.Client(followRedirects: false);
        var series = blog.Manifest.Posts.Where(p => p.Name == PandocBlog.SeriesName).OrderBy(p => p.Date).ToList();
        Assert.Equal(PandocBlog.MostRepeats, series.Count);

        var targets = new List<string>();
        foreach (var post in series)
        {
            targets.Add(await Location(client, post.OldAddress));
        }

        Assert.Equal($"/en/posts/{PandocBlog.SeriesName}", targets[0]);

        // The log names each later part's address once, however many loads ran (the first load and the watcher's first reload overlap).
        var said = blog.Factory.Logs.Messages(Serilog.Events.LogEventLevel.Information);
        foreach (var post in series.Skip(1))
        {
            Assert.Single(said, m => m.StartsWith($"Post \"{post.RelativePath}\"", StringComparison.Ordinal) || m.StartsWith($"Post {post.RelativePath}:", StringComparison.Ordinal));
        }

        for (var i = 1; i < series.Count; i++)
        {
            Assert.Equal($"/en/posts/{series[i].Date:yyyy'/'MM'/'dd}/{PandocBlog.SeriesName}", targets[i]);
        }
    }

    [Fact]
    public async Task The_old_list_of_all_posts_leads_to_the_archive_which_takes_its_title_from_the_old_index()
    {
        using var client = blog.Factory.Client(followRedirects: false);
        foreach (var old in new[] { "/posts/", "/posts/index.html", "/posts" })
        {
            Assert.Equal("/en/archive", await Location(client, old));
        }

        var archive = await client.GetOkPage("/en/archive");
        Assert.Equal("All Posts", archive.QuerySelector("h1.page-title")!.TextContent);
        var listed = archive.QuerySelectorAll(".post-summary h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(blog.Manifest.Posts.Count, listed.Count);
        Assert.DoesNotContain("All Posts", listed);
    }

    [Fact]
    public async Task A_link_inside_a_post_to_an_old_address_and_heading_reaches_that_heading()
    {
        using var client = blog.Factory.Client(followRedirects: false);
        var linking = blog.Manifest.Posts.First(p => p.LinksTo is not null);
        var linked = linking.LinksTo!;
        var hash = linked.IndexOf('#', StringComparison.Ordinal);

        var target = await Location(client, linked[..hash]);
        var page = await client.GetOkPage(target);

        Assert.NotNull(page.GetElementById(linked[(hash + 1)..]));
    }

    [Fact]
    public async Task An_old_address_that_never_existed_is_a_404_that_suggests_the_posts_its_words_name()
    {
        using var client = blog.Factory.Client(followRedirects: false);
        var named = blog.Manifest.Posts.First(p => !blog.Manifest.RepeatedNames.ContainsKey(p.Name));

        var (status, page) = await client.GetPage($"/posts/{named.Section}/2031/01/01/{named.Name}.html");

        Assert.Equal(HttpStatusCode.NotFound, status);
        var suggested = page.QuerySelectorAll(".suggestions .post-summary h2 a").Select(a => a.TextContent).ToList();
        Assert.InRange(suggested.Count, 1, 5);
        Assert.Equal(named.ShownEnglishTitle, suggested[0]);
    }

    [Fact]
    public async Task An_unknown_address_not_shaped_like_a_post_suggests_nothing()
    {
        using var client = blog.Factory.Client(followRedirects: false);

        var (status, page) = await client.GetPage("/deep/working/blocks");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Null(page.QuerySelector(".suggestions"));
    }

    private static async Task<string> Location(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently || response.StatusCode == HttpStatusCode.Found, $"{url} answered {(int)response.StatusCode}");
        return response.Headers.Location!.OriginalString;
    }
}
