using Blog.Content.Addresses;
using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Localization;

namespace Blog.Routing;

/// <summary>
/// The addresses without a language send each reader to the version in their language: the one they
/// chose before, else their browser's, else the post's own. (The home page at <c>/</c> is served in
/// place, in the reader's language.) Posts' and pages' addresses (<c>/posts/x</c>, <c>/resume</c>) and
/// old links (<c>/posts/2025/08/20/x.html</c>, aliases) are looked up in the catalog's addresses by the
/// fallback, after every route of the site has had its turn.
/// </summary>
internal static class LanguageRedirects
{
    public static IEndpointRouteBuilder MapLanguageRedirects(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/tags/{tag}", ReadOnlyMethods.Names, Tag);
        endpoints.MapMethods("/tags", ReadOnlyMethods.Names, (HttpContext context, CatalogStore store, SiteLanguages languages, LanguagePreference preference) =>
            ToReadersLanguage(context, preference.ForSite(context.Request, languages.Of(store.Current)), SiteUrls.Tags));
        endpoints.MapMethods("/search", ReadOnlyMethods.Names, (HttpContext context, CatalogStore store, SiteLanguages languages, LanguagePreference preference) =>
            ToReadersLanguage(context, preference.ForSite(context.Request, languages.Of(store.Current)), l => SiteUrls.Search(l) + context.Request.QueryString));
        endpoints.MapMethods("/archive", ReadOnlyMethods.Names, (HttpContext context, CatalogStore store, SiteLanguages languages, LanguagePreference preference) =>
            ToReadersLanguage(context, preference.ForSite(context.Request, languages.Of(store.Current)), SiteUrls.Archive));
        endpoints.MapMethods("/sections/{section}", ReadOnlyMethods.Names, (string section, HttpContext context, CatalogStore store, SiteLanguages languages, LanguagePreference preference) =>
            store.Current.FindSection(section) is null
                ? Results.NotFound()
                : ToReadersLanguage(context, preference.ForSite(context.Request, languages.Of(store.Current)), l => SiteUrls.Section(l, section)));
        // Reads only, like every address of the site: anything else is told so (405), as the routes above do.
        endpoints.MapFallback("/{**address}", Address).WithMetadata(ReadOnlyMethods.Metadata);
        return endpoints;
    }

    private static IResult ToReadersLanguage(HttpContext context, string language, Func<string, string> pathIn)
    {
        LanguagePreference.VaryByLanguage(context.Response);

        // The search address carries on the reader's query as it came, and it may hold bytes a header cannot.
        return Results.Redirect(HeaderSafeUrl.Encode(pathIn(language)));
    }

    /// <summary>
    /// An address no route took: a post's or page's address without a language (the reader's language
    /// decides, 302), another spelling of one or an old link (301 to the main language), the old list of
    /// all posts or of a section (the reader's language), else the 404 page. One dictionary lookup.
    /// </summary>
    private static IResult Address(HttpContext context, CatalogStore store, SiteLanguages languages, LanguagePreference preference)
    {
        var path = context.Request.Path.Value ?? "/";
        var catalog = store.Current;
        if (AddressAnswer.For(context, catalog, catalog.FindAddress(path), path, languages.Of(catalog), preference) is not var (url, permanent))
        {
            return Results.NotFound();
        }

        AddressAnswer.CacheIfPermanent(context.Response, permanent);
        return Results.Redirect(url, permanent);
    }

    private static IResult Tag(string tag, HttpContext context, CatalogStore store, SiteSettings settings)
    {
        var catalog = store.Current;
        var carrying = catalog.Languages.Where(language => catalog.FindTag(language, tag) is not null).ToList();
        if (carrying.Count == 0)
        {
            return Results.NotFound();
        }

        var fallback = carrying.Contains(settings.DefaultLanguage) ? settings.DefaultLanguage : carrying[0];
        var language = LanguagePreference.Choose(context.Request, carrying, fallback);
        LanguagePreference.VaryByLanguage(context.Response);

        // The query goes on as it came (a page number, tracking parameters), and it may hold bytes a header cannot.
        return Results.Redirect(HeaderSafeUrl.Encode(SiteUrls.Tag(language, tag) + context.Request.QueryString));
    }
}
