using Blog.Localization;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Blog.Caching;

/// <summary>Writes a cached page: the coding the reader accepts, or 304 when they already have it.</summary>
internal static class PageResponses
{
    /// <summary>
    /// Browsers check back every time (the theme and a post may change at any moment, and a 304 costs a
    /// few hundred bytes); shared caches such as a CDN may serve a page for a minute without asking.
    /// </summary>
    public static readonly StringValues SharedCacheControl = "public, max-age=0, s-maxage=60, must-revalidate";

    /// <summary>A response that sets a cookie is for that reader alone.</summary>
    public static readonly StringValues PrivateCacheControl = "private, no-cache";

    public static readonly StringValues Vary = "Accept-Encoding, Cookie";

    /// <summary>What a page in the reader's language (<c>/</c>) varies by: their choice (a cookie) and their browser's languages.</summary>
    public static readonly IReadOnlyList<string> ByLanguageVaryNames = [HeaderNames.AcceptEncoding, HeaderNames.Cookie, HeaderNames.AcceptLanguage];

    public static readonly StringValues ByLanguageVary = string.Join(", ", ByLanguageVaryNames);

    public static Task Write(HttpContext context, CachedPage page)
    {
        var request = context.Request;
        var accepted = request.Headers.AcceptEncoding.ToString();
        var coding = ContentCodings.Choose(accepted);
        if (coding == ContentCoding.Brotli && page.Brotli is null)
        {
            page.AskForBrotli();

            // A reader who already holds the brotli page (an unchanged page in a new catalog) needs no body.
            if (ConditionalRequests.IsNotModified(request, page.PromisedBrotli.ETag.ToString(), page.LastModified))
            {
                return Write(context, page, page.PromisedBrotli);
            }

            coding = ContentCodings.Choose(accepted, brotliReady: false);
        }

        return Write(context, page, page.For(coding));
    }

    private static Task Write(HttpContext context, CachedPage page, Representation representation)
    {
        var headers = context.Response.Headers;
        Hosting.SecurityHeaders.Apply(headers);
        headers.ETag = representation.ETag;
        headers.Vary = page.ByLanguage ? ByLanguageVary : Vary;
        headers.CacheControl = page.ByLanguage ? PrivateCacheControl : SharedCacheControl;
        if (page.Language is { } language)
        {
            LanguagePreference.Remember(context, language.Language, language.Offered);
            if (headers.SetCookie.Count > 0)
            {
                headers.CacheControl = PrivateCacheControl;
            }
        }

        if (page.LastModifiedHeader.Count > 0)
        {
            headers.LastModified = page.LastModifiedHeader;
        }

        return ConditionalRequests.Answer(context, representation.ETag.ToString(), page.LastModified, page.ContentType, representation.Body, representation.ContentEncoding);
    }
}
