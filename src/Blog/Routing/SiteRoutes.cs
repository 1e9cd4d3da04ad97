using Blog.Content.Addresses;

namespace Blog.Routing;

/// <summary>
/// The first segments the site's own routes use, after a language (<c>/en/tags</c>) and at the root
/// (<c>/healthz</c>): no post, page or alias may take them. The routes are the blog's (see
/// <see cref="AddressRules.Default"/>); the web root's folders are added here, where they are served.
/// </summary>
internal static class SiteRoutes
{
    public static readonly IReadOnlySet<string> AfterLanguage = AddressRules.Default.ReservedAfterLanguage;

    public static readonly IReadOnlySet<string> AtRoot =
        new HashSet<string>([.. AddressRules.Default.ReservedAtRoot, "css", "js", "lib", "images", "favicon.ico", "favicon.svg"], StringComparer.Ordinal);

    public static AddressRules Rules(Permalink permalink) => new(permalink, AfterLanguage, AtRoot);
}
