using System.Net;
using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Tests.Hosting;

/// <summary>
/// Absolute URLs come from Blog:BaseUrl; without it, from the request, where X-Forwarded-* headers
/// count only when they come from a configured proxy.
/// </summary>
public sealed class BaseUrlTests : IDisposable
{
    private readonly BlogFactory _factory = new();

    public BaseUrlTests()
    {
        _factory.With("Blog:BaseUrl", string.Empty);
        _factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01"));
    }

    public void Dispose() => _factory.Dispose();

    private async Task<string?> Canonical(HttpClient client, string? forwardedHost = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/en/posts/a", UriKind.Relative));
        if (forwardedHost is not null)
        {
            request.Headers.Add("X-Forwarded-Host", forwardedHost);
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPage();
        return page.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
    }

    [Fact]
    public async Task Without_a_base_url_the_requests_own_address_is_used()
    {
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri("http://reader.test:8080") });

        Assert.Equal("http://reader.test:8080/en/posts/a", await Canonical(client));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_sender_are_ignored()
    {
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri("http://reader.test") });

        Assert.Equal("http://reader.test/en/posts/a", await Canonical(client, forwardedHost: "evil.example"));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_configured_proxy_give_the_public_address()
    {
        _factory.With("Blog:KnownProxies:0", "10.0.0.5");
        _factory.ConfigureTestServices = services => services.AddSingleton<IStartupFilter>(new FromProxy("10.0.0.5"));
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri("http://internal:8080") });

        Assert.Equal("https://blog.example.org/en/posts/a", await Canonical(client, forwardedHost: "blog.example.org"));
    }

    [Fact]
    public async Task Forwarded_headers_from_another_address_than_the_configured_proxy_are_ignored()
    {
        _factory.With("Blog:KnownProxies:0", "10.0.0.5");
        _factory.ConfigureTestServices = services => services.AddSingleton<IStartupFilter>(new FromProxy("192.0.2.77"));
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri("http://internal:8080") });

        Assert.Equal("http://internal:8080/en/posts/a", await Canonical(client, forwardedHost: "evil.example"));
    }

    [Fact]
    public async Task A_configured_base_url_wins()
    {
        _factory.With("Blog:BaseUrl", "https://configured.example");
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri("http://configured.example") });

        Assert.Equal("https://configured.example/en/posts/a", await Canonical(client, forwardedHost: "other.example"));
    }

    [Theory]
    [InlineData("http://reader.test", HttpStatusCode.BadRequest)]
    [InlineData("http://a.example", HttpStatusCode.BadRequest)]
    [InlineData("http://configured.example", HttpStatusCode.OK)]
    [InlineData("http://localhost", HttpStatusCode.OK)]
    public async Task With_a_base_url_other_hosts_are_refused_before_anything_is_rendered(string address, HttpStatusCode expected)
    {
        _factory.With("Blog:BaseUrl", "https://configured.example");
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri(address) });

        using var response = await client.GetAsync(new Uri("/en/posts/a", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_operators_own_allowed_hosts_win_over_the_base_url()
    {
        _factory.With("Blog:BaseUrl", "https://configured.example").With("AllowedHosts", "mirror.example;configured.example");
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri("http://mirror.example") });

        using var response = await client.GetAsync(new Uri("/en/posts/a", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Makes test requests arrive from the proxy's address, as they would behind it.</summary>
    private sealed class FromProxy(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return following(context);
            });
            next(app);
        };
    }
}
