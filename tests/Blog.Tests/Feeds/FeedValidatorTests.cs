using System.Net;
using Blog.Testing;
using Blog.Tests.Support;

namespace Blog.Tests.Feeds;

/// <summary>
/// Feeds and the sitemap as caches read them (RFC 9110): one weak tag for a body sent in several codings,
/// the same <c>Vary</c> on a 304 as on its 200, and <c>If-None-Match</c> deciding over
/// <c>If-Modified-Since</c>, with the same rules pages follow.
/// </summary>
public sealed class FeedValidatorTests : IClassFixture<SharedBlog>, IDisposable
{
    private readonly BlogFactory _factory;
    private readonly HttpClient _client;

    public FeedValidatorTests(SharedBlog blog)
    {
        _factory = blog.Prepared(factory =>
        {
            factory.Environment = "Production";
            factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        });
        _client = _factory.Client();
    }

    public void Dispose() => _client.Dispose();

    private async Task<HttpResponseMessage> Get(string url, string coding, string? ifNoneMatch = null, DateTimeOffset? ifModifiedSince = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        request.Headers.IfModifiedSince = ifModifiedSince;
        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("/feed.xml", "br", "br")]
    [InlineData("/atom.xml", "gzip", "gzip")]
    [InlineData("/sitemap.xml", "gzip, deflate, br, zstd", "br")]
    public async Task A_compressed_document_is_the_same_document_in_the_coding_asked_for(string url, string acceptEncoding, string expected)
    {
        using var plain = await Get(url, "identity");
        using var compressed = await Get(url, acceptEncoding);
        using var again = await Get(url, acceptEncoding);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(expected, Assert.Single(compressed.Content.Headers.ContentEncoding));
        var body = await compressed.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var decoder = expected == "br"
            ? (Stream)new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        Assert.Equal(await plain.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        Assert.Equal(body, await again.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(body.Length, compressed.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    [InlineData("/sitemap.xml")]
    public async Task One_weak_tag_stands_for_every_coding_and_a_304_keeps_vary(string url)
    {
        var tags = new List<string>();
        foreach (var coding in new[] { "identity", "gzip", "br" })
        {
            using var response = await Get(url, coding);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.ETag!.IsWeak, $"{url} in {coding}: {response.Headers.ETag}");
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            tags.Add(response.Headers.ETag.ToString());
        }

        Assert.Single(tags.Distinct(StringComparer.Ordinal));

        using var notModified = await Get(url, "gzip", tags[0]);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Contains("Accept-Encoding", notModified.Headers.Vary);
        Assert.Equal(tags[0], notModified.Headers.ETag!.ToString());

        // Compared weakly, as RFC 9110 asks of If-None-Match: the tag without its W/ matches too.
        using var strongForm = await Get(url, "br", tags[0][2..]);
        Assert.Equal(HttpStatusCode.NotModified, strongForm.StatusCode);
    }

    [Fact]
    public async Task If_none_match_decides_over_if_modified_since()
    {
        using var first = await Get("/feed.xml", "gzip");
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var otherTag = await Get("/feed.xml", "gzip", "W/\"another\"", lastModified.AddDays(1));
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);

        using var dateOnly = await Get("/feed.xml", "gzip", null, lastModified);
        Assert.Equal(HttpStatusCode.NotModified, dateOnly.StatusCode);
    }
}
