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
