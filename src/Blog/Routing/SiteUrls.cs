using Blog.Hosting;

namespace Blog.Routing;

/// <summary>
/// Every URL the site links to, in one place. The default language has no prefix
/// (<c>/posts/{slug}</c>); other languages do (<c>/vi/posts/{slug}</c>). Slugs and language tags
/// are lower-case ASCII by construction, so no escaping is needed.
/// </summary>
internal sealed class SiteUrls(SiteSettings settings)
{
    public string Home(string language, int page = 1)
    {
        var root = IsDefault(language) ? "/" : $"/{language}";
        return page <= 1 ? root : $"{root}?page={page}";
    }

    public string Post(string slug, string language) =>
        IsDefault(language) ? $"/posts/{slug}" : $"/{language}/posts/{slug}";

    public static string Tag(string tagSlug) => $"/tags/{tagSlug}";

    /// <summary>The absolute form for meta tags: the configured base URL, else the request's own origin.</summary>
    public string Absolute(HttpRequest request, string path) =>
        (settings.BaseUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}") + path;

    public bool IsDefault(string language) => string.Equals(language, settings.DefaultLanguage, StringComparison.Ordinal);
}
