using System.Security.Cryptography;
using Blog.Caching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Blog.Feeds;

/// <summary>
/// A rendered feed or sitemap, with what conditional GET needs: an ETag and a last-modified time. Each
/// coding a reader may ask for is compressed once, the first time one asks, and kept with the document
/// (a feed of a few hundred KB compressed per request made feeds the slowest thing the site served).
/// The one tag sent with all of them is weak (<c>W/</c>): a strong tag promises the same bytes, which
/// gzip and br are not. The document writes its own response, whole, so that it can be answered before
/// routing (see <see cref="BuiltDocuments"/>) as well as from its endpoint, with the same headers.
/// </summary>
internal sealed record FeedDocument(byte[] Content, string ContentType, DateTimeOffset LastModified) : IResult
{
    private static readonly StringValues CacheControl = "public, max-age=300";
    private static readonly StringValues Brotli = "br";
    private static readonly StringValues Gzip = "gzip";

    private readonly Lazy<byte[]> _gzip = new(() => Precompressed.Of(Content, ContentCoding.Gzip));
    private readonly Lazy<byte[]> _brotli = new(() => Precompressed.Of(Content, ContentCoding.Brotli, Precompressed.LargeBrotli));
    private readonly DateTimeOffset _lastModified = ConditionalRequests.ToWholeSeconds(LastModified);
    private readonly StringValues _lastModifiedHeader = HeaderUtilities.FormatDate(ConditionalRequests.ToWholeSeconds(LastModified));

    public string ETag { get; } = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Content).AsSpan(0, 12))}\"";

    /// <summary>The body in a coding: compressed on first use, then the same bytes for every reader.</summary>
    public byte[] In(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => _brotli.Value,
        ContentCoding.Gzip => _gzip.Value,
        _ => Content,
    };

    /// <summary>Whether the body in this coding is at hand, so that sending it costs no compression.</summary>
    public bool IsReadyIn(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => _brotli.IsValueCreated,
        ContentCoding.Gzip => _gzip.IsValueCreated,
        _ => true,
    };

    /// <summary>Answers 304 when the reader already has this version, else the document in the coding they prefer.</summary>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var headers = httpContext.Response.Headers;
        Hosting.SecurityHeaders.Apply(headers);
        headers.ETag = ETag;

        // Said on the 304 too: a cache that keeps it must know the tag stands for every coding's body.
        VaryHeader.Add(headers, HeaderNames.AcceptEncoding);

        headers.LastModified = _lastModifiedHeader;
        headers.CacheControl = CacheControl;
        var coding = ContentCodings.Choose(request.Headers.AcceptEncoding);
        var encoding = coding switch
        {
            ContentCoding.Brotli => Brotli,
            ContentCoding.Gzip => Gzip,
            _ => StringValues.Empty,
        };
        return ConditionalRequests.Answer(httpContext, ETag, _lastModified, ContentType, In(coding), encoding);
    }
}
