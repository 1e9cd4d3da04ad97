using Blog.Caching;

namespace Blog.Tests.Caching;

/// <summary>The coding a cached page is sent in, from what the browser says it accepts.</summary>
public sealed class ContentCodingTests
{
    [Theory]
    [InlineData(null, "identity")]
    [InlineData("", "identity")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("GZIP", "gzip")]
    [InlineData("x-gzip", "gzip")]
    [InlineData("br;q=0.2, gzip;q=0.8", "gzip")]
    [InlineData("br;q=0", "identity")]
    [InlineData("*;q=0.5, br;q=0", "gzip")]
    [InlineData("deflate", "identity")]
    [InlineData("br;q=nonsense, gzip", "gzip")]
    public void The_best_accepted_coding_is_chosen(string? acceptEncoding, string expected) =>
        Assert.Equal(expected, ContentCodings.Choose(acceptEncoding) switch
        {
            ContentCoding.Brotli => "br",
            ContentCoding.Gzip => "gzip",
            _ => "identity",
        });
}
