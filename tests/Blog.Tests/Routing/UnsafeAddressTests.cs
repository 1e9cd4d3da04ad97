using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Routing;

/// <summary>
/// Addresses holding what a response header cannot carry (control bytes, non-ASCII text) get a normal
/// answer, never a 500: redirects built from them carry them percent-encoded. On a real Kestrel port,
/// in production, because the in-memory server does not check headers.
/// </summary>
public sealed class UnsafeAddressTests(UnsafeAddressTests.Site site) : IClassFixture<UnsafeAddressTests.Site>
{
    [Theory]
    [InlineData("/%C3%A9", "/%C3%A9")]
    [InlineData("/en/search?q=%E6%97%A5%F0%9F%98%80", "/en/search?q=%E6%97%A5%F0%9F%98%80")]
    [InlineData("/en/search?q=%22%3Ca%3E%22", "/en/search?q=%22%3Ca%3E%22")]
    [InlineData("/en/search%3Fq%3D%25C3%25A9", "/en/search?q=%C3%A9")]
    public async Task The_theme_toggle_returns_to_an_address_with_non_ascii_text_percent_encoded(string back, string location)
    {
        using var client = RealServer.RealClient(site.Server);

        using var response = await client.GetAsync(new Uri("/theme?to=dark&back=" + back, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("theme=dark;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("//%C3%A9vil.example/")]
    [InlineData("/%E3%80%80/evil.example")]
    [InlineData("%C3%A9vil.example")]
    public async Task The_theme_toggle_still_returns_only_to_this_site(string back)
    {
        using var client = RealServer.RealClient(site.Server);

        using var response = await client.GetAsync(new Uri("/theme?to=dark&back=" + back, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/search?q=a\u0001b", "/en/search?q=a%01b")]
    [InlineData("/search?q=a\tb\u007F", "/en/search?q=a%09b%7F")]
    [InlineData("/tags/x?\u0001", "/en/tags/x?%01")]
    [InlineData("/tags/x?page=2&utm=\u0001", "/en/tags/x?page=2&utm=%01")]
    public async Task A_raw_control_byte_in_the_query_is_carried_percent_encoded_into_the_redirect(string target, string location)
    {
        var response = await RawHttp.Get(site.Server, target);

        Assert.Equal(302, response.Status);
        Assert.Equal(location, response.Location);
    }

    [Theory]
    [InlineData("/en/search?q=a\u0001b", 200)]
    [InlineData("/en/tags/x?\u0001", 200)]
    [InlineData("/tags/missing?\u0001", 404)]
    [InlineData("/no/such/page?\u0001", 404)]
    public async Task A_raw_control_byte_in_the_query_of_a_page_gets_its_normal_answer(string target, int status)
    {
        var response = await RawHttp.Get(site.Server, target);

        Assert.Equal(status, response.Status);
    }

    /// <summary>One production server on a real port for the class: these tests only read.</summary>
    public sealed class Site : IDisposable
    {
        private readonly BlogFactory _factory = new() { Environment = "Production" };

        public Site()
        {
            _factory.Posts.Write("a.md", Samples.SingleLanguagePost("A", "2025-01-01", extra: "keywords: x"));
            Server = _factory.StartOnRealPort();
        }

        public Uri Server { get; }

        public void Dispose() => _factory.Dispose();
    }
}
