namespace Blog.Caching;

/// <summary>
/// What a shared page's bytes depend on besides the catalog: its address, the reader's chosen theme
/// (written into the page by the server), and, when no <c>Blog:BaseUrl</c> is set, the scheme and host
/// its absolute links were made from.
/// </summary>
internal readonly record struct PageKey(string Path, string? Theme, string? Origin)
{
    public static PageKey Of(HttpRequest request, bool withOrigin) => new(
        request.PathBase.HasValue ? string.Concat(request.PathBase.Value, request.Path.Value) : request.Path.Value ?? "/",
        Hosting.Theme.Of(request),
        withOrigin ? string.Concat(request.Scheme, "://", request.Host.Value) : null);
}
