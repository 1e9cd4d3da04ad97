using System.Text;
using Blog.Content.Catalog;
using Blog.Hosting;
using Blog.Localization;
using Blog.Routing;
using Microsoft.Extensions.Options;

namespace Blog.Feeds;

/// <summary>The machine-facing side of the site: feeds, sitemap and robots.txt.</summary>
internal static class MachineEndpoints
{
    public static IServiceCollection AddMachineDocuments(this IServiceCollection services)
    {
        services.AddSingleton<FeedBuilder>();
        services.AddSingleton<MachineDocuments>();
        return services;
    }

    public static IEndpointRouteBuilder MapMachineDocuments(this IEndpointRouteBuilder endpoints)
    {
        foreach (var format in new[] { FeedFormat.Rss, FeedFormat.Atom })
        {
            endpoints.MapMethods(FeedUrls.Of(null, format), ReadOnlyMethods.Names, (HttpContext context, CatalogStore store, MachineDocuments documents) =>
                documents.Feed(store.Current, context.Request, null, format));
            endpoints.MapMethods($"/{{lang:{LanguageRouteConstraint.Name}}}/{format.FileName}", ReadOnlyMethods.Names, (string lang, HttpContext context, CatalogStore store, MachineDocuments documents) =>
                store.Current.Languages.Contains(lang)
                    ? (IResult)documents.Feed(store.Current, context.Request, lang, format)
                    : Results.NotFound());
            endpoints.MapMethods($"/{{lang:{LanguageRouteConstraint.Name}}}/sections/{{section}}/{format.FileName}", ReadOnlyMethods.Names, (string lang, string section, HttpContext context, CatalogStore store, MachineDocuments documents) =>
                store.Current.Languages.Contains(lang) && store.Current.FindSection(section) is { } found
                    ? (IResult)documents.Feed(store.Current, context.Request, lang, format, found)
                    : Results.NotFound());
        }

        endpoints.MapMethods("/sitemap.xml", ReadOnlyMethods.Names, (HttpContext context, CatalogStore store, MachineDocuments documents) =>
            documents.Sitemap(store.Current, context.Request));
        endpoints.MapMethods("/robots.txt", ReadOnlyMethods.Names, Robots);
        return endpoints;
    }

    private static IResult Robots(HttpContext context, IOptions<BlogOptions> options, SiteUrls urls)
    {
        // The theme switch is a link on every page, once per theme: crawled, it would outnumber the
        // pages themselves with redirects that only set a cookie.
        var text = new StringBuilder("User-agent: *\n").Append("Disallow: ").Append(Theme.SwitchPath).Append("?\n");
        foreach (var path in options.Value.RobotsDisallow)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }

        text.Append('\n').Append("Sitemap: ").Append(urls.Absolute(context.Request, "/sitemap.xml")).Append('\n');
        return Results.Text(text.ToString(), "text/plain; charset=utf-8");
    }
}
