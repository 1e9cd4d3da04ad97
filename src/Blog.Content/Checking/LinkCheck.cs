using System.Text.RegularExpressions;
using Blog.Content.Addresses;
using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Content.Checking;

/// <summary>
/// Finds the links in posts and pages that lead nowhere on this site: an address nothing answers at, or
/// an <c>#anchor</c> the page it names does not have, in each language. Links are those the author
/// wrote (with their line and column), followed as a reader's browser would from the version's own
/// address; anchors are the ids of the rendered page; other sites' links are not followed. Run by
/// <c>check</c> only, never on a request.
/// </summary>
internal static partial class LinkCheck
{
    /// <param name="pagesPrefix">Put before a page's file name (<c>pages/</c>), so the author finds the file.</param>
    /// <param name="siteHost">The site's own host (from its base URL): absolute links to it are checked too.</param>
    public static IEnumerable<CheckProblem> Of(PostCatalog catalog, Func<string, bool> isSiteRoute, string pagesPrefix, string? siteHost)
    {
        var ids = new Dictionary<PostTranslation, HashSet<string>>(ReferenceEqualityComparer.Instance);
        var sources = catalog.Published.SelectMany(p => p.Translations.Select(t => (t, t.Address, Prefix: string.Empty)))
            .Concat(catalog.Pages.SelectMany(p => p.Translations.Select(t => (t, t.Address, Prefix: pagesPrefix))))
            .Concat(catalog.Sections.Where(s => s.Intro is not null).SelectMany(s => s.Intro!.Translations.Select(t => (t, $"/{t.Language}/sections/{s.Slug}", Prefix: string.Empty))))
            .Concat(catalog.AllPostsIntro is { } all ? all.Translations.Select(t => (t, $"/{t.Language}/archive", Prefix: string.Empty)) : []);
        foreach (var (translation, address, prefix) in sources)
        {
            var @base = new Uri("http://site.invalid" + address);
            foreach (var link in translation.Links)
            {
                if (Problem(catalog, translation, @base, link.Url, siteHost, ids, isSiteRoute) is { } problem)
                {
                    yield return new CheckProblem(prefix + translation.SourceFile, link.Line, link.Column, CheckSeverity.Warning, $"in {translation.Language}: the link '{link.Url}' {problem}");
                }
            }
        }
    }

    private static string? Problem(
        PostCatalog catalog, PostTranslation from, Uri @base, string href, string? siteHost, Dictionary<PostTranslation, HashSet<string>> ids, Func<string, bool> isSiteRoute)
    {
        if (href.Length == 0 || !Uri.TryCreate(@base, href, out var target))
        {
            return null;
        }

        if (target.Host != @base.Host)
        {
            // Another site's address (or mail, or a telephone number) is not ours to check; the site's own, written whole, is.
            if (siteHost is null || !string.Equals(target.Host, siteHost, StringComparison.OrdinalIgnoreCase) || target.Scheme is not ("http" or "https"))
            {
                return null;
            }
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
            page = Follow(catalog, path, from.Language, out var isList);
            if (page is null)
            {
                return isList || ListExists(catalog, path) is true || (ListExists(catalog, path) is null && isSiteRoute(path))
                    ? null
                    : $"leads nowhere on this site ({path})";
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

            // The page around the body: its table of contents and the main landmark.
            found.UnionWith(["TOC", "toc-title", "main"]);

            ids[page] = found;
        }

        return found.Contains(anchor) ? null : $"names #{anchor}, which {page.Address} does not have";
    }

    /// <summary>Where a reader ends up, following redirects the way the site gives them (two at most); an old list's address counts as found.</summary>
    private static PostTranslation? Follow(PostCatalog catalog, string path, string language, out bool isList)
    {
        isList = false;
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
                case ListAddress:
                    isList = true;
                    return null;
                default:
                    // A version in a language the post is not written in is sent to one it is.
                    return catalog.FindAddress(AddressKey.WithoutLanguage(path)) is AnyLanguageAddress other ? other.Post.In(language) ?? other.Post.Main : null;
            }
        }

        return null;
    }

    /// <summary>
    /// For the lists the catalog knows (a language's home, a section, a tag): whether it exists; null for
    /// any other address, which only the site's routes can tell.
    /// </summary>
    private static bool? ListExists(PostCatalog catalog, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            [var language] when language.Length is 2 or 3 => catalog.Languages.Contains(language),
            [var language, "sections", var section] => catalog.Languages.Contains(language) && catalog.FindSection(section) is not null,
            [var language, "tags", var tag] => catalog.FindTag(language, tag) is not null,
            _ => null,
        };
    }

    [GeneratedRegex(" id=\"(?<id>[^\"]*)\"")]
    private static partial Regex Id();
}
