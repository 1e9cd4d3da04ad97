using System.Security.Cryptography;

namespace Blog.Feeds;

/// <summary>
/// A rendered feed or sitemap, with what conditional GET needs: an ETag and a last-modified time. The
/// body is compressed on the way out in whichever coding the reader accepts, so the one tag sent with
/// all of them is weak (<c>W/</c>): a strong tag promises the same bytes, which gzip and br are not.
/// </summary>
internal sealed record FeedDocument(byte[] Content, string ContentType, DateTimeOffset LastModified)
{
    public string ETag { get; } = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Content).AsSpan(0, 12))}\"";

    /// <summary>Answers 304 when the reader already has this version, else the document.</summary>
    public IResult ToResult(HttpContext context)
    {
        var response = context.Response.GetTypedHeaders();
        var lastModified = Caching.ConditionalRequests.ToWholeSeconds(LastModified);
        context.Response.Headers.ETag = ETag;

        // Said on the 304 too: a cache that keeps it must know the tag stands for every coding's body.
        Caching.VaryHeader.Add(context.Response.Headers, Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding);
        response.LastModified = lastModified;
        response.CacheControl = new Microsoft.Net.Http.Headers.CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };

        return Caching.ConditionalRequests.IsNotModified(context.Request, ETag, lastModified) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(Content, ContentType);
    }
}
