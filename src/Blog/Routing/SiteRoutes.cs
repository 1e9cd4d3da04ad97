using Blog.Content.Addresses;

namespace Blog.Routing;

/// <summary>
/// The first segments the site's own routes use, after a language (<c>/en/tags</c>) and at the root
/// (<c>/healthz</c>): no post, page or alias may take them. Kept beside the routes they name.
/// </summary>
internal static class SiteRoutes
{
    public static readonly IReadOnlySet<string> AfterLanguage =
        new HashSet<string>(["posts", "tags", "archive", "search", "sections", "feed.xml", "atom.xml"], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> AtRoot =
        new HashSet<string>(["posts", "tags", "archive", "search", "sections", "healthz", "sitemap.xml", "robots.txt", "feed.xml", "atom.xml", "error", "not-found", "theme", "css", "js", "lib", "favicon.ico"], StringComparer.Ordinal);

    public static AddressRules Rules(Permalink permalink) => new(permalink, AfterLanguage, AtRoot);
}
