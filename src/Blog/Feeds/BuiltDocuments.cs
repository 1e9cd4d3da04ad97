using Blog.Caching;
using Blog.Content.Catalog;

namespace Blog.Feeds;

/// <summary>
/// The site's and each language's feeds and the sitemap, answered before routing once they are built for
/// the current catalog and compressed in the coding the reader asks for: feed readers poll them, and a
/// poll that routes, binds an endpoint and moves to the thread pool costs several times what the bytes
/// do. Anything else (the first request for a document or a coding, a section's feed, another spelling)
/// goes on to the endpoints, which build, keep and answer with the same headers.
/// </summary>
internal static class BuiltDocuments
{
    public static IApplicationBuilder UseBuiltDocuments(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<CatalogStore>();
        var documents = app.ApplicationServices.GetRequiredService<MachineDocuments>();
        return app.Use((context, next) =>
        {
            // The path first: every other request passes by at the cost of one comparison. The error
            // page being shown for a failure is never one of these documents.
            var request = context.Request;
            if (request.Path.Value is { } path && path.EndsWith(".xml", StringComparison.Ordinal)
                && Routing.ReadOnlyMethods.Allow(request.Method)
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null
                && Find(request, path, store.Current, documents) is { } document
                && document.IsReadyIn(ContentCodings.Choose(request.Headers.AcceptEncoding)))
            {
                return document.ExecuteAsync(context);
            }

            return next(context);
        });
    }

    private static FeedDocument? Find(HttpRequest request, string path, PostCatalog catalog, MachineDocuments documents)
    {
        if (path == "/sitemap.xml")
        {
            return documents.BuiltSitemap(catalog, request);
        }

        // "/feed.xml" or "/{lang}/feed.xml", spelled exactly as the site links them.
        var slash = path.IndexOf('/', 1);
        var language = slash < 0 ? null : path[1..slash];
        var file = slash < 0 ? path.AsSpan(1) : path.AsSpan(slash + 1);
        var format = file.SequenceEqual(FeedFormat.Rss.FileName) ? FeedFormat.Rss
            : file.SequenceEqual(FeedFormat.Atom.FileName) ? FeedFormat.Atom
            : null;
        if (format is null || (language is not null && !catalog.Languages.Contains(language)))
        {
            return null;
        }

        return documents.BuiltFeed(catalog, request, language, format);
    }
}
