using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Localization;

/// <summary>The server remembers a language the reader switches to inside the site, never one a shared link brings.</summary>
public sealed class RememberedChoiceTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public RememberedChoiceTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
            factory.Posts.Write("2025-01-01-english-only.md", Samples.SingleLanguagePost("English only", "2025-01-01"));
            factory.Posts.Write("2025-01-02-chi-tieng-viet.md", Samples.SingleLanguagePost("Chỉ tiếng Việt", "2025-01-02", lang: "vi"));
        });
        _client = _factory.Client(followRedirects: false);
    }

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Following_the_toggle_to_another_language_is_remembered()
    {
        using var response = await _client.Send("/vi/posts/queues", cookie: "lang=en", fetchSite: "same-origin", referrer: "/en/posts/queues");

        Assert.Equal("vi", response.LanguageCookie());
    }

    [Fact]
    public async Task A_first_choice_of_language_inside_the_site_is_remembered()
    {
        using var response = await _client.Send("/vi", fetchSite: "same-origin", referrer: "/en");

        Assert.Equal("vi", response.LanguageCookie());
    }

    [Theory]
    [InlineData("cross-site", "/en/posts/queues")]
    [InlineData("none", null)]
    [InlineData(null, null)]
    [InlineData("same-origin", "/vi/posts/queues")]
    public async Task A_shared_link_or_a_reload_opens_in_its_language_without_changing_the_choice(string? fetchSite, string? referrer)
    {
        using var response = await _client.Send("/vi/posts/queues", cookie: "lang=en", fetchSite: fetchSite, referrer: referrer);

        Assert.Null(response.LanguageCookie());
    }

    [Fact]
    public async Task Opening_a_post_that_lacks_the_chosen_language_keeps_the_choice()
    {
        using var response = await _client.Send("/vi/posts/chi-tieng-viet", cookie: "lang=en", fetchSite: "same-origin", referrer: "/en");

        Assert.Null(response.LanguageCookie());
    }

    [Fact]
    public async Task Going_home_from_a_post_in_another_language_keeps_the_choice()
    {
        using var response = await _client.Send("/vi", cookie: "lang=en", fetchSite: "same-origin", referrer: "/vi/posts/chi-tieng-viet");

        Assert.Null(response.LanguageCookie());
    }
}
