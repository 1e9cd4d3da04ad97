using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages;

/// <summary>Search results come twenty a page, with a link to the next, and a query is bounded.</summary>
public sealed class SearchPagingTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public SearchPagingTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            for (var day = 1; day <= 45; day++)
            {
                factory.Posts.Write($"2025-04-{day % 28 + 1:00}-q{day}.md", Samples.SingleLanguagePost($"Queue note {day}", $"2025-04-{day % 28 + 1:00}"));
            }
        });
        _client = _factory.Client(followRedirects: false);
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_query_matching_many_posts_is_paged_twenty_at_a_time_with_links_between_pages()
    {
        var first = await _client.GetOkPage("/en/search?q=queue");
        Assert.Equal(20, first.QuerySelectorAll(".post-summary").Length);
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/en/search?q=queue&page=2", next);
        Assert.Null(first.QuerySelector("nav.pager a[rel=prev]"));

        var second = await _client.GetOkPage(next);
        Assert.Equal(20, second.QuerySelectorAll(".post-summary").Length);
        var third = await _client.GetOkPage(second.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(5, third.QuerySelectorAll(".post-summary").Length);
        Assert.Null(third.QuerySelector("nav.pager a[rel=next]"));
        Assert.Equal("/en/search?q=queue&page=2", third.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));

        var all = new[] { first, second, third }.SelectMany(p => p.QuerySelectorAll(".post-summary h2").Select(h => h.TextContent)).ToList();
        Assert.Equal(45, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_page_past_the_last_is_not_found()
    {
        using var response = await _client.GetAsync(new Uri("/en/search?q=queue&page=4", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_long_query_is_cut_to_its_bound_and_only_its_first_words_are_searched()
    {
        var words = string.Join(' ', Enumerable.Range(0, 300).Select(i => "queue"));
        var page = await _client.GetOkPage("/en/search?q=" + Uri.EscapeDataString(words));

        Assert.Equal(Blog.Pages.SearchModel.MaxQueryLength, page.QuerySelector("#search-q")!.GetAttribute("value")!.Length);
        Assert.Equal(20, page.QuerySelectorAll(".post-summary").Length);

        // Nine different words: the ninth, which no post has, is past the bound and not looked for.
        var many = await _client.GetOkPage("/en/search?q=" + Uri.EscapeDataString("q qu que queu queue n no not nosuchword"));
        Assert.Equal(20, many.QuerySelectorAll(".post-summary").Length);
    }
}
