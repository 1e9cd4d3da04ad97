using System.Text.RegularExpressions;
using Blog.Content.Addresses;
using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Content.Checking;

/// <summary>
/// Finds the links in posts and pages that lead nowhere on this site: an address nothing answers at, or
/// an <c>#anchor</c> the page it names does not have, in each language. Links are read from the
/// rendered HTML, as a reader's browser would follow them from the version's own address; other
/// sites' links are not followed. Run by <c>check</c> only, never on a request.
/// </summary>
internal static partial class LinkCheck
{
    public static IEnumerable<CheckProblem> Of(PostCatalog catalog, Func<string, bool> isSiteRoute)
    {
        var ids = new Dictionary<PostTranslation, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var post in catalog.Published.Concat(catalog.Pages))
        {
            foreach (var translation in post.Translations)
            {
                var @base = new Uri("http://site.invalid" + translation.Address);
                foreach (Match match in Href().Matches(translation.Html))
                {
                    var href = System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value);
                    if (Problem(catalog, translation, @base, href, ids, isSiteRoute) is { } problem)
                    {
                        yield return new CheckProblem(translation.SourceFile, null, null, CheckSeverity.Warning, $"in {translation.Language}: the link '{href}' {problem}");
                    }
                }
            }
        }
    }

    private static string? Problem(
        PostCatalog catalog, PostTranslation from, Uri @base, string href, Dictionary<PostTranslation, HashSet<string>> ids, Func<string, bool> isSiteRoute)
    {
        if (href.Length == 0 || !Uri.TryCreate(@base, href, out var target) || target.Host != @base.Host)
        {
            // Another site's address (or mail, or a telephone number): not ours to check.
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath);
        var anchor = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
        PostTranslation? page;
        if (path == from.Address)
        {
            page = from;
        }
        else
        {
            page = Follow(catalog, path, from.Language);
            if (page is null)
            {
                return isSiteRoute(path) ? null : $"leads nowhere on this site ({path})";
            }
        }

        if (anchor is null)
        {
            return null;
        }

        if (!ids.TryGetValue(page, out var found))
        {
            found = Id().Matches(page.Html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["id"].Value)).ToHashSet(StringComparer.Ordinal);
            if (page.SectionId is { } sectionId)
            {
                found.Add(sectionId);
            }

            ids[page] = found;
        }

        return found.Contains(anchor) ? null : $"names #{anchor}, which {page.Address} does not have";
    }

    /// <summary>Where a reader ends up, following redirects the way the site gives them (two at most).</summary>
    private static PostTranslation? Follow(PostCatalog catalog, string path, string language)
    {
        for (var hops = 0; hops < 3; hops++)
        {
            switch (catalog.FindAddress(path))
            {
                case ServedAddress served:
                    return served.Version.Translation;
                case MovedAddress moved:
                    path = moved.Target;
                    break;
                case AnyLanguageAddress any:
                    return any.Post.In(language) ?? any.Post.Main;
                default:
                    return null;
            }
        }

        return null;
    }

    [GeneratedRegex("<a [^>]*?href=\"(?<url>[^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex(" id=\"(?<id>[^\"]*)\"")]
    private static partial Regex Id();
}
