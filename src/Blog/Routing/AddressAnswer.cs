using Blog.Content.Addresses;
using Blog.Content.Catalog;
using Blog.Localization;

namespace Blog.Routing;

/// <summary>
/// Where an address found in the catalog's addresses sends the reader, whichever route the request
/// came in by (the fallback, or a page whose first segment looked like a language: <c>/cv</c>,
/// <c>/cv/index.html</c>): its own address in the reader's language (302, varying by language) for a
/// post's or page's address without a language spelled as such, its main language for good (301) for
/// any other spelling or old link, the reader's list for an old list. Null for an address served in place.
/// </summary>
internal static class AddressAnswer
{
    public static (string Url, bool Permanent)? For(HttpContext context, PostCatalog catalog, SiteAddress? entry, string path, IReadOnlyList<string> siteLanguages, LanguagePreference preference)
    {
        var request = context.Request;
        switch (entry)
        {
            case AnyLanguageAddress any when any.Address == path:
                var post = any.Post;
                var language = LanguagePreference.Choose(request, post.Translations.Select(t => t.Language).ToList(), post.MainLanguage);
                LanguagePreference.VaryByLanguage(context.Response);
                return (post.In(language)!.Address, false);
            case AnyLanguageAddress any:
                return (any.Post.Main.Address, true);
            case MovedAddress moved:
                return (moved.Target, true);
            case ServedAddress served when served.Version.Translation.Address != path:
                return (served.Version.Translation.Address, true);
            case ListAddress list:
                var reader = preference.ForSite(request, siteLanguages);
                LanguagePreference.VaryByLanguage(context.Response);
                return (list.Section is null ? SiteUrls.Archive(reader) : SiteUrls.Section(reader, list.Section), false);
            default:
                return null;
        }
    }

    /// <summary>For good: old links may be cached, and search engines move their ranking to the new address.</summary>
    public static void CacheIfPermanent(HttpResponse response, bool permanent)
    {
        if (permanent)
        {
            response.Headers.CacheControl = "public, max-age=86400";
        }
    }
}
