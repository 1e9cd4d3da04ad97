using Microsoft.AspNetCore.Routing;

namespace Blog.Routing;

/// <summary>
/// The site only answers reads: GET and HEAD. Without this on pages, a POST would run a page without its
/// OnGet and fail; with it, routing answers 405 Method Not Allowed. Endpoints, the page cache and the
/// documents answered before routing all take the list from here.
/// </summary>
internal static class ReadOnlyMethods
{
    public static IReadOnlyList<string> Names { get; } = [HttpMethods.Get, HttpMethods.Head];

    public static HttpMethodMetadata Metadata { get; } = new(Names);

    public static bool Allow(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
}
