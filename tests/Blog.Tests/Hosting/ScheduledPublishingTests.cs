using System.Net;
using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Blog.Tests.Hosting;

/// <summary>A post dated in the future appears on its own at its time, with no reload and no restart.</summary>
public sealed class ScheduledPublishingTests : IDisposable
{
    private static readonly DateTimeOffset Due = new(2025, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 8, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly BlogFactory _factory = new();

    public ScheduledPublishingTests() =>
        _factory.ConfigureTestServices = services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_scheduled_post_is_listed_and_served_once_its_time_comes()
    {
        _factory.Posts.Write("live.md", Samples.SingleLanguagePost("Live", "2025-01-01"));
        _factory.Posts.Write("future.md", Samples.SingleLanguagePost("Future", "2025-09-01"));
        using var client = _factory.Client();

        Assert.Equal(["Live"], Titles(await client.GetOkPage("/en")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPage("/en/posts/future")).Status);

        _clock.SetUtcNow(Due);

        Assert.Equal(["Future", "Live"], Titles(await client.GetOkPage("/en")));
        Assert.Equal("Future", (await client.GetOkPage("/en/posts/future")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_scheduled_post_stays_hidden_until_the_moment_before_its_time()
    {
        _factory.Posts.Write("future.md", Samples.SingleLanguagePost("Future", "2025-09-01"));
        using var client = _factory.Client();
        await client.GetPage("/en");

        _clock.SetUtcNow(Due - TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPage("/en/posts/future")).Status);
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".post-summary h2").Select(h => h.TextContent).ToList();
}
