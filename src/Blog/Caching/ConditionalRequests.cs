using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Blog.Caching;

/// <summary>
/// Conditional GET as RFC 9110 (section 13) has it, for pages, feeds and the sitemap alike:
/// <c>If-None-Match</c> compares entity tags weakly (a <c>W/</c> on either side is ignored) and, when
/// present, decides alone; only without it does <c>If-Modified-Since</c> count.
/// </summary>
internal static class ConditionalRequests
{
    public static bool IsNotModified(HttpRequest request, string etag, DateTimeOffset? lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            return Matches(ifNoneMatch, etag);
        }

        return lastModified is { } modified
            && request.Headers.IfModifiedSince.Count > 0
            && request.GetTypedHeaders().IfModifiedSince is { } since
            && modified <= since;
    }

    /// <summary>
    /// The end of every answer from memory (pages, feeds, the sitemap): 304 when the reader already has
    /// this version, else the body, whole, with its type, length and coding (no body for HEAD). The
    /// headers both answers carry (ETag, Vary, Cache-Control, Last-Modified) are set by the caller first.
    /// </summary>
    public static Task Answer(HttpContext context, string etag, DateTimeOffset? lastModified, StringValues contentType, byte[] body, StringValues contentEncoding)
    {
        var request = context.Request;
        var response = context.Response;
        if (IsNotModified(request, etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var headers = response.Headers;
        response.StatusCode = StatusCodes.Status200OK;
        headers.ContentType = contentType;
        headers.ContentLength = body.Length;
        if (contentEncoding.Count > 0)
        {
            // Set before the response compression middleware looks: a body already encoded is left alone.
            headers.ContentEncoding = contentEncoding;
        }

        return HttpMethods.IsHead(request.Method)
            ? Task.CompletedTask
            : response.BodyWriter.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>
    /// An HTTP date holds whole seconds: a time sent as <c>Last-Modified</c> is cut to them first, so a
    /// browser's <c>If-Modified-Since</c> (that time, echoed) compares equal to it.
    /// </summary>
    public static DateTimeOffset ToWholeSeconds(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            || !EntityTagHeaderValue.TryParse(etag, out var ours))
        {
            return false;
        }

        foreach (var candidate in tags)
        {
            if (candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(ours, useStrongComparison: false))
            {
                return true;
            }
        }

        return false;
    }
}
