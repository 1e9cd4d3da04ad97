using Microsoft.Net.Http.Headers;

namespace Blog.Caching;

/// <summary>
/// The page cache's rule: a kept page is replayed with everything it set, or it is not kept. What the
/// cache knows how to replay is short: the content type and <c>Last-Modified</c> (kept with the bytes),
/// the length (its own), and the language cookie, which is decided again for each reader by
/// <see cref="Localization.LanguagePreference.Remember"/> because it depends on where the reader came
/// from. Headers every response gets as it starts (security headers, <c>Vary</c>, <c>Cache-Control</c>
/// of a shared page) are written by the cache's own writer, <see cref="PageResponses.Write"/>. A page
/// that sets anything else (another cookie, its own <c>Vary</c> or <c>Cache-Control</c>, a header
/// added tomorrow) has decided something per reader, and is rendered for each one; except the page at
/// <c>/</c>, kept per reader's language (<see cref="PageKey.Language"/>), which may say it varies by
/// what that language is decided from, and is then replayed with the same <c>Vary</c> and
/// <c>Cache-Control</c> (<see cref="PageResponses.ByLanguageVary"/>). Headers already set
/// when the request reached the cache (<c>Strict-Transport-Security</c>) were set before the lookup, so a
/// page served from the cache gets them too: they are not the page's.
/// </summary>
internal static class ReplayedHeaders
{
    /// <returns>The first header the cache would not replay; null when it can keep the page.</returns>
    public static string? FirstNotReplayed(IHeaderDictionary headers, IReadOnlySet<string> setBeforeLookup, bool remembersLanguage, bool keyedByLanguage)
    {
        foreach (var (name, values) in headers)
        {
            if (IsKept(name) || setBeforeLookup.Contains(name) || (remembersLanguage && IsLanguageCookie(name, values))
                || (keyedByLanguage && IsReplayedByLanguage(name, values)))
            {
                continue;
            }

            return name;
        }

        return null;
    }

    /// <summary>The names of the headers a response has so far, to tell them from those a page sets later.</summary>
    public static IReadOnlySet<string> Names(IHeaderDictionary headers) =>
        headers.Count == 0 ? None : new HashSet<string>(headers.Keys, StringComparer.OrdinalIgnoreCase);

    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private static bool IsKept(string name) =>
        string.Equals(name, HeaderNames.ContentType, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, HeaderNames.LastModified, StringComparison.OrdinalIgnoreCase);

    private static bool IsReplayedByLanguage(string name, Microsoft.Extensions.Primitives.StringValues values)
    {
        if (string.Equals(name, HeaderNames.CacheControl, StringComparison.OrdinalIgnoreCase))
        {
            return values == PageResponses.PrivateCacheControl;
        }

        if (!string.Equals(name, HeaderNames.Vary, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var value in values)
        {
            foreach (var token in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!PageResponses.ByLanguageVaryNames.Contains(token, StringComparer.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsLanguageCookie(string name, Microsoft.Extensions.Primitives.StringValues values)
    {
        if (!string.Equals(name, HeaderNames.SetCookie, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var value in values)
        {
            if (value is null || !value.StartsWith(Localization.LanguagePreference.CookieName + "=", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
