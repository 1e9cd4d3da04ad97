using System.Security.Cryptography;

namespace Blog.Feeds;

/// <summary>A rendered feed or sitemap, with what conditional GET needs: an ETag and a last-modified time.</summary>
internal sealed record FeedDocument(byte[] Content, string ContentType, DateTimeOffset LastModified)
{
    public string ETag { get; } = $"\"{Convert.ToHexStringLower(SHA256.HashData(Content).AsSpan(0, 12))}\"";

    /// <summary>Answers 304 when the reader already has this version, else the document.</summary>
    public IResult ToResult(HttpContext context)
    {
        var request = context.Request.GetTypedHeaders();
        var response = context.Response.GetTypedHeaders();
        var lastModified = new DateTimeOffset(LastModified.UtcDateTime.Ticks - (LastModified.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        response.ETag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue(ETag);
        response.LastModified = lastModified;
        response.CacheControl = new Microsoft.Net.Http.Headers.CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };

        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Tag == ETag || tag.Equals(Microsoft.Net.Http.Headers.EntityTagHeaderValue.Any))
            : request.IfModifiedSince is { } since && lastModified <= since;
        return notModified ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(Content, ContentType);
    }
}
