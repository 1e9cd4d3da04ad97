using System.Security.Cryptography;
using Blog.Caching;

namespace Blog.Feeds;

/// <summary>
/// A rendered feed or sitemap, with what conditional GET needs: an ETag and a last-modified time. Each
/// coding a reader may ask for is compressed once, the first time one asks, and kept with the document
/// (a feed of a few hundred KB compressed per request made feeds the slowest thing the site served).
/// The one tag sent with all of them is weak (<c>W/</c>): a strong tag promises the same bytes, which
/// gzip and br are not.
/// </summary>
internal sealed record FeedDocument(byte[] Content, string ContentType, DateTimeOffset LastModified)
{
    private readonly Lazy<byte[]> _gzip = new(() => Precompressed.Of(Content, ContentCoding.Gzip));
    private readonly Lazy<byte[]> _brotli = new(() => Precompressed.Of(Content, ContentCoding.Brotli, Precompressed.LargeBrotli));

    public string ETag { get; } = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Content).AsSpan(0, 12))}\"";

    /// <summary>The body in a coding: compressed on first use, then the same bytes for every reader.</summary>
    public byte[] In(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => _brotli.Value,
        ContentCoding.Gzip => _gzip.Value,
        _ => Content,
    };

    /// <summary>Answers 304 when the reader already has this version, else the document in the coding they prefer.</summary>
    public IResult ToResult(HttpContext context)
    {
        var response = context.Response.GetTypedHeaders();
        var lastModified = ConditionalRequests.ToWholeSeconds(LastModified);
        context.Response.Headers.ETag = ETag;

        // Said on the 304 too: a cache that keeps it must know the tag stands for every coding's body.
        VaryHeader.Add(context.Response.Headers, Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding);
        response.LastModified = lastModified;
        response.CacheControl = new Microsoft.Net.Http.Headers.CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };

        if (ConditionalRequests.IsNotModified(context.Request, ETag, lastModified))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var coding = ContentCodings.Choose(context.Request.Headers.AcceptEncoding);
        if (coding != ContentCoding.Identity)
        {
            // Set before the response compression middleware looks: a body already encoded is left alone.
            context.Response.Headers.ContentEncoding = coding == ContentCoding.Brotli ? "br" : "gzip";
        }

        return Results.Bytes(In(coding), ContentType);
    }
}
