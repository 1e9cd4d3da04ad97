using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Pages;

/// <summary>
/// <c>?page=N</c> is an address only where a list is paged, and only up to its last page: anywhere else
/// a client could make a new page (and a new cache entry) for every N.
/// </summary>
public sealed class PageNumberTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public PageNumberTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Environment = "Production";
            // 25 posts tagged alike: the home page and the tag page have three pages each.
            for (var day = 1; day <= 25; day++)
            {
                factory.Posts.Write($"2025-03-{day:00}-p{day}.md", Samples.SingleLanguagePost($"Post {day}", $"2025-03-{day:00}", extra: "keywords: queues"));
            }
        });
        _client = _factory.Client(followRedirects: false);
    }

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> Get(string url) =>
        await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("/en/posts/p3?page=2", "/en/posts/p3")]
    [InlineData("/en/posts/p3?page=7&utm_source=feed", "/en/posts/p3?utm_source=feed")]
    [InlineData("/en/archive?page=3", "/en/archive")]
    [InlineData("/en/tags?page=2", "/en/tags")]
    [InlineData("/en?page=1", "/en")]
    [InlineData("/en/tags/queues?page=1", "/en/tags/queues")]
    public async Task Pages_that_are_not_paged_and_page_one_redirect_to_the_address_without_it(string url, string expected)
    {
        using var response = await Get(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/en?page=4")]
    [InlineData("/en?page=999999")]
    [InlineData("/en?page=0")]
    [InlineData("/en?page=02")]
    [InlineData("/en?page=abc")]
    [InlineData("/en?page=2&page=3")]
    [InlineData("/en/tags/queues?page=4")]
    [InlineData("/en/tags/queues?page=-1")]
    public async Task Numbers_past_the_last_page_or_not_numbers_are_not_found(string url)
    {
        using var response = await Get(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/en?page=2", 10)]
    [InlineData("/en?page=3", 5)]
    [InlineData("/en/tags/queues?page=3", 5)]
    public async Task The_pages_of_a_list_are_served(string url, int posts)
    {
        var page = await _client.GetOkPage(url);

        Assert.Equal(posts, page.QuerySelectorAll(".post-summary").Length);
    }
}
