using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Tests.Pages;

/// <summary>
/// Page numbers a client makes up add nothing to the page cache. A host of its own: the cache it counts
/// must hold only what this test asked for.
/// </summary>
public sealed class PageNumberCacheTests : IDisposable
{
    private readonly BlogFactory _factory = new() { Environment = "Production" };
    private readonly HttpClient _client;

    public PageNumberCacheTests()
    {
        // 25 posts tagged alike: the home page and the tag page have three pages each.
        for (var day = 1; day <= 25; day++)
        {
            _factory.Posts.Write($"2025-03-{day:00}-p{day}.md", Samples.SingleLanguagePost($"Post {day}", $"2025-03-{day:00}", extra: "keywords: queues"));
        }

        _client = _factory.Client(followRedirects: false);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<HttpResponseMessage> Get(string url) =>
        await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Asking_for_many_page_numbers_keeps_no_more_pages_than_the_lists_have()
    {
        var cache = _factory.Services.GetRequiredService<Blog.Caching.PageCache>();
        foreach (var n in Enumerable.Range(1, 40))
        {
            foreach (var url in new[] { $"/en?page={n}", $"/en/posts/p3?page={n}", $"/en/archive?page={n}", $"/en/tags?page={n}" })
            {
                using var response = await Get(url);
                Assert.True((int)response.StatusCode is 200 or 301 or 404, $"{url}: {(int)response.StatusCode}");
            }
        }

        // Home pages 2 and 3; nothing else was rendered under a page number.
        Assert.Equal(2, cache.Current.Count);
    }
}
