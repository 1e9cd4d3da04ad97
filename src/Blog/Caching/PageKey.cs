namespace Blog.Caching;

/// <summary>
/// What a shared page's bytes depend on besides the catalog: its address, the reader's chosen theme
/// (written into the page by the server), when no <c>Blog:BaseUrl</c> is set the scheme and host its
/// absolute links were made from, and at <c>/</c> the language the reader gets there (see
/// <see cref="ReaderLanguages"/>): a few keys per address, each a page the site would render anyway.
/// </summary>
internal readonly record struct PageKey(string Path, string? Theme, string? Origin, string? Language)
{
    public static PageKey Of(HttpRequest request, bool withOrigin, ReaderLanguages languages) => new(
        string.Concat(request.PathBase.Value, request.Path.Value, request.QueryString.Value),
        Hosting.Theme.Of(request),
        withOrigin ? string.Concat(request.Scheme, "://", request.Host.Value) : null,
        IsInReadersLanguage(request.Path) ? languages.Of(request) : null);

    /// <summary>The home page at <c>/</c> (and its numbered pages) is in the reader's language; every other address names its own.</summary>
    public static bool IsInReadersLanguage(PathString path) => path.Value is "/";

    /// <summary>
    /// <c>?page=2</c> and the like: the only query a shared page reads. Numbers past the last page are
    /// 404s, which are never kept, so these keys stay as few as the pages.
    /// </summary>
    public static bool IsPageNumber(string? query) =>
        query is { Length: >= 7 and <= 12 } && query.StartsWith("?page=", StringComparison.Ordinal)
        && query[6] is >= '1' and <= '9' && query.AsSpan(7).IndexOfAnyExceptInRange('0', '9') < 0;
}
