using Blog.Content.Languages;
using Blog.Hosting;
using Microsoft.Net.Http.Headers;

namespace Blog.Localization;

/// <summary>
/// Which language a reader wants: the one they chose (a cookie), else their browser's
/// <c>Accept-Language</c> among the languages on offer, else the given fallback.
/// </summary>
internal sealed class LanguagePreference(SiteSettings settings)
{
    public const string CookieName = "lang";

    /// <summary>The reader's language among <paramref name="available"/>, or <paramref name="fallback"/>.</summary>
    public static string Choose(HttpRequest request, IReadOnlyCollection<string> available, string fallback)
    {
        if (Chosen(request) is { } chosen && available.Contains(chosen))
        {
            return chosen;
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(value => value.Quality is null or > 0)
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => LanguageRegistry.Normalize(value.Value.Value))
            .OfType<string>()
            .Select(LanguageRegistry.Primary);
        return accepted.FirstOrDefault(available.Contains) ?? fallback;
    }

    /// <summary>The language the reader last chose, if any.</summary>
    public static string? Chosen(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var value) && LanguageRegistry.Normalize(value) is { } language
            ? LanguageRegistry.Primary(language)
            : null;

    /// <summary>The site's language for pages that are not about one post (the 404 page, for example).</summary>
    public string ForSite(HttpRequest request, IReadOnlyCollection<string> siteLanguages) =>
        Choose(request, siteLanguages, settings.DefaultLanguage);

    /// <summary>
    /// Remembers a language the reader switched to inside the site: they came from one of this site's
    /// pages in another language (the toggle without JavaScript, the header's language links), and the
    /// language they had chosen was on offer here too. A shared link from elsewhere, a reload, or a
    /// page only written in another language is read in its language without changing the choice.
    /// </summary>
    public static void RememberIfChosen(HttpContext context, string language, IReadOnlyCollection<string> offered)
    {
        // A cached page replays this for every reader who gets it.
        context.Features.Set(new Caching.RememberedLanguage(language, offered));
        Remember(context, language, offered);
    }

    /// <summary><see cref="RememberIfChosen"/> for a page served from the cache, which already knows its languages.</summary>
    public static void Remember(HttpContext context, string language, IReadOnlyCollection<string> offered)
    {
        var request = context.Request;
        if (request.Headers.Referer.Count == 0)
        {
            return;
        }

        var previous = Chosen(request);
        if (previous == language || offered.Count < 2 || (previous is not null && !offered.Contains(previous))
            || !string.Equals(request.Headers["Sec-Fetch-Site"], "same-origin", StringComparison.Ordinal)
            || LanguageOfReferrer(request) is not { } from || from == language)
        {
            return;
        }

        context.Response.Cookies.Append(CookieName, language, Hosting.ReaderCookies.Remember(request));
    }

    /// <summary>The language of the page a same-site link was followed from: its first path segment.</summary>
    private static string? LanguageOfReferrer(HttpRequest request)
    {
        if (!Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer))
        {
            return null;
        }

        var segment = referrer.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return segment is not null && LanguageRegistry.Normalize(segment) == segment ? segment : null;
    }

    /// <summary>Responses that depend on the reader's language must say so to caches.</summary>
    public static void VaryByLanguage(HttpResponse response)
    {
        Caching.VaryHeader.Add(response.Headers, [.. Caching.PageResponses.ByLanguageVaryNames]);
        response.Headers.CacheControl = Caching.PageResponses.PrivateCacheControl;
    }
}
