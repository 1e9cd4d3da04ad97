using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Net.Http.Headers;

namespace Blog.Routing;

/// <summary>
/// The site's pages answer at one address each: lower case, without a trailing slash or an empty
/// segment. Routing matches the other spellings too (<c>/en/POSTS/x</c>, <c>/en/posts/x/</c>); they are
/// sent to the real address with a permanent redirect, which costs nothing to answer, may be cached by
/// anyone, and leaves one page to render, keep and index instead of a page per spelling.
/// </summary>
internal static class CanonicalAddresses
{
    private static readonly Microsoft.Extensions.Primitives.StringValues RedirectCacheControl = "public, max-age=86400";

    /// <summary>After routing: only the site's own pages are redirected (a picture's name may well be upper case).</summary>
    public static IApplicationBuilder UseCanonicalAddresses(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var endpoint = context.GetEndpoint();
            var path = context.Request.Path.Value;
            if (endpoint?.Metadata.GetMetadata<ActionDescriptor>() is null || path is null || IsCanonical(path))
            {
                return next(context);
            }

            var response = context.Response;
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = Canonical(path) + HeaderSafeUrl.Encode(context.Request.QueryString.Value ?? string.Empty);
            response.Headers.CacheControl = RedirectCacheControl;
            return Task.CompletedTask;
        });

    /// <summary>
    /// Lower case, without a trailing slash or an empty segment (a query, if any, is not looked at). A
    /// letter counts as upper case only when it has a lower-case form, so <see cref="Canonical"/> of an
    /// address this refuses is always one it accepts: no redirect ever points at itself.
    /// </summary>
    public static bool IsCanonical(string path)
    {
        var end = path.IndexOf('?', StringComparison.Ordinal);
        var address = end < 0 ? path : path[..end];
        return (address.Length == 1 || !address.EndsWith('/'))
            && !address.Contains("//", StringComparison.Ordinal)
            && !address.Any(c => char.ToLowerInvariant(c) != c);
    }

    /// <summary>The address in lower case, empty segments and the trailing slash removed, escaped for a header.</summary>
    public static string Canonical(string path)
    {
        var segments = path.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        return new PathString("/" + string.Join('/', segments)).ToUriComponent();
    }
}
