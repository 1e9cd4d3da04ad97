namespace Blog.Content.Addresses;

/// <summary>
/// What the site's own routes already use, so that no post, page or alias takes it: the first segment
/// after a language (<c>tags</c> in <c>/en/tags</c>) and the first segment of an address without one
/// (<c>healthz</c>): the routes every site of this blog has. The web app adds what else it serves.
/// </summary>
public sealed record AddressRules(Permalink Permalink, IReadOnlySet<string> ReservedAfterLanguage, IReadOnlySet<string> ReservedAtRoot)
{
    public static AddressRules Default { get; } = new(
        Permalink.Default,
        new HashSet<string>(["posts", "tags", "archive", "search", "sections", "feed.xml", "atom.xml"], StringComparer.Ordinal),
        new HashSet<string>(["posts", "tags", "archive", "search", "sections", "healthz", "sitemap.xml", "robots.txt", "feed.xml", "atom.xml", "error", "not-found", "theme"], StringComparer.Ordinal));

    /// <summary>Which of the site's own addresses <paramref name="address"/> would take, if any (the address itself names it).</summary>
    public string? Shadows(string address, bool isPage)
    {
        var segments = address.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length >= 2 && ReservedAfterLanguage.Contains(segments[1])
            && (isPage || segments.Length == 2 || segments[1] != Permalink.FirstLiteral))
        {
            return "/" + segments[0] + "/" + segments[1];
        }

        // Its address without the language (/resume) is a link too, and must not take a route of the site's.
        // A language's code there would make it the home page's address.
        return segments.Length >= 2
            && (ReservedAtRoot.Contains(segments[1]) || Languages.LanguageRegistry.IsKnown(segments[1]))
            && segments[1] != Permalink.FirstLiteral
            ? "/" + segments[1]
            : null;
    }
}
