using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Localization;

/// <summary>The server remembers a language the reader moves to inside the site, never one a shared link brings.</summary>
public sealed class RememberedChoiceTests : IDisposable
{
    private readonly BlogFactory _factory = new();
    private readonly HttpClient _client;

    public RememberedChoiceTests()
    {
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        _factory.Posts.Write("2025-01-01-english-only.md", Samples.SingleLanguagePost("English only", "2025-01-01"));
        _client = _factory.Client(followRedirects: false);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Switching_language_inside_the_site_is_remembered()
    {
        using var response = await _client.Send("/vi/posts/queues", cookie: "lang=en", fetchSite: "same-origin");

        Assert.Equal("vi", response.LanguageCookie());
    }

    [Fact]
    public async Task A_first_choice_inside_the_site_is_remembered()
    {
        using var response = await _client.Send("/vi", fetchSite: "same-origin");

        Assert.Equal("vi", response.LanguageCookie());
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("none")]
    [InlineData(null)]
    public async Task A_link_from_outside_opens_in_its_language_without_changing_the_choice(string? fetchSite)
    {
        using var response = await _client.Send("/vi/posts/queues", cookie: "lang=en", fetchSite: fetchSite);

        Assert.Null(response.LanguageCookie());
    }

    [Fact]
    public async Task Reading_a_post_that_lacks_the_chosen_language_keeps_the_choice()
    {
        using var response = await _client.Send("/en/posts/english-only", cookie: "lang=vi", fetchSite: "same-origin");

        Assert.Null(response.LanguageCookie());
    }
}
