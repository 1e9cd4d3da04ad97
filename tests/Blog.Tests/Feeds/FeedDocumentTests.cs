using Blog.Caching;
using Blog.Feeds;

namespace Blog.Tests.Feeds;

/// <summary>A feed is compressed once per coding and kept: every later reader gets the same bytes without new work.</summary>
public sealed class FeedDocumentTests
{
    [Fact]
    public void Each_coding_is_compressed_once_and_kept_with_the_document()
    {
        var body = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<item><title>Hàng đợi</title></item>\n", 2000)));
        var document = new FeedDocument(body, "application/rss+xml; charset=utf-8", DateTimeOffset.UnixEpoch);

        var brotli = document.In(ContentCoding.Brotli);
        var gzip = document.In(ContentCoding.Gzip);

        Assert.Same(brotli, document.In(ContentCoding.Brotli));
        Assert.Same(gzip, document.In(ContentCoding.Gzip));
        Assert.Same(body, document.In(ContentCoding.Identity));
        Assert.True(brotli.Length < body.Length / 10, $"{brotli.Length} of {body.Length} bytes");
    }
}
