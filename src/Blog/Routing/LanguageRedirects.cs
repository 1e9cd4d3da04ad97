using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Localization;

namespace Blog.Routing;

/// <summary>
/// The post and tag addresses without a language send each reader to the version in their language:
/// the one they chose before, else their browser's, else the post's own. (The home page at <c>/</c>
/// is served in place, in the reader's language.)
/// </summary>
internal static class LanguageRedirects
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapLanguageRedirects(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/posts/{slug}", ReadMethods, Post);
        endpoints.MapMethods("/tags/{tag}", ReadMethods, Tag);
        endpoints.MapMethods("/tags", ReadMethods, (HttpContext context, CatalogStore store, SiteLanguages languages, LanguagePreference preference) =>
            ToReadersLanguage(context, preference.ForSite(context.Request, languages.Of(store.Current)), SiteUrls.Tags));
        endpoints.MapMethods("/search", ReadMethods, (HttpContext context, CatalogStore store, SiteLanguages languages, LanguagePreference preference) =>
            ToReadersLanguage(context, preference.ForSite(context.Request, languages.Of(store.Current)), l => SiteUrls.Search(l) + context.Request.QueryString));
        endpoints.MapMethods("/archive", ReadMethods, (HttpContext context, CatalogStore store, SiteLanguages languages, LanguagePreference preference) =>
            ToReadersLanguage(context, preference.ForSite(context.Request, languages.Of(store.Current)), SiteUrls.Archive));
        return endpoints;
    }

    private static IResult ToReadersLanguage(HttpContext context, string language, Func<string, string> pathIn)
    {
        LanguagePreference.VaryByLanguage(context.Response);

        // The search address carries on the reader's query as it came, and it may hold bytes a header cannot.
        return Results.Redirect(HeaderSafeUrl.Encode(pathIn(language)));
    }

    private static IResult Post(string slug, HttpContext context, CatalogStore store)
    {
        var post = store.Current.FindAnyLanguage(slug);
        if (post is null)
        {
            return Results.NotFound();
        }

        var language = LanguagePreference.Choose(context.Request, post.Translations.Select(t => t.Language).ToList(), post.MainLanguage);
        LanguagePreference.VaryByLanguage(context.Response);
        return Results.Redirect(SiteUrls.Post(language, post.In(language)!.Slug));
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
