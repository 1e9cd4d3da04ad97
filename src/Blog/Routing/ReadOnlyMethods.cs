using Microsoft.AspNetCore.Routing;

namespace Blog.Routing;

/// <summary>
/// Pages answer GET and HEAD only. Without this, a POST would run a page without its OnGet and fail;
/// with it, routing answers 405 Method Not Allowed.
/// </summary>
internal static class ReadOnlyMethods
{
    public static HttpMethodMetadata Metadata { get; } = new([HttpMethods.Get, HttpMethods.Head]);
}
