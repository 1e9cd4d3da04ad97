using Blog.Hosting;

namespace Blog.Routing;

/// <summary>
/// Every URL the site links to, in one place. Each language version has its own address under its
/// language (<c>/en/posts/{slug}</c>, <c>/vi/posts/{slug}</c>); the addresses without a language
/// (<c>/</c>, <c>/posts/{slug}</c>, <c>/tags/{tag}</c>) send each reader to their language.
/// Slugs and language tags are URL-safe by construction, so no escaping is needed beyond what Razor does.
/// </summary>
internal sealed class SiteUrls(SiteSettings settings)
{
    public static string Home(string language, int page = 1) =>
        page <= 1 ? $"/{language}" : $"/{language}?page={page}";

    public static string Tag(string language, string tagSlug, int page = 1) =>
        page <= 1 ? $"/{language}/tags/{tagSlug}" : $"/{language}/tags/{tagSlug}?page={page}";

    public static string Tags(string language) => $"/{language}/tags";

    public static string Archive(string language) => $"/{language}/archive";

    public static string Search(string language) => $"/{language}/search";

    /// <summary>A page of results for a query (escaped here: it is the reader's text).</summary>
    public static string Search(string language, string query, int page = 1) =>
        $"/{language}/search?q={Uri.EscapeDataString(query)}{(page <= 1 ? string.Empty : $"&page={page}")}";

    /// <summary>A post's or page's address that picks the reader's language (<c>/posts/x</c>, <c>/resume</c>): the <c>x-default</c> alternate.</summary>
    public static string AnyLanguage(Blog.Content.Posts.Post post) => Blog.Content.Addresses.AddressKey.WithoutLanguage(post.Main.Address);

    public static string Section(string language, string section, int page = 1) =>
        page <= 1 ? $"/{language}/sections/{section}" : $"/{language}/sections/{section}?page={page}";

    /// <summary>The absolute form for meta tags: the configured base URL, else the request's own origin.</summary>
    public string Absolute(HttpRequest request, string path) =>
        (settings.BaseUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}") + path;
}
