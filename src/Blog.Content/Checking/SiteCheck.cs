using Blog.Content.Catalog;

namespace Blog.Content.Checking;

/// <summary>
/// The author's check before publishing: everything a load found (files that cannot be published,
/// warnings, clashing addresses and how they were settled), and what only a look at the whole site
/// shows: links and anchors that lead nowhere in each language, and posts missing a language the rest
/// of the site is written in. One problem a line, sorted by file.
/// </summary>
public static class SiteCheck
{
    /// <param name="isSiteRoute">Whether an address is one of the site's own (a list, a tag, a feed, a static file), which the catalog does not hold.</param>
    /// <param name="pagesPrefix">What the pages folder is called in the problems' file names (<c>pages/</c>).</param>
    /// <param name="siteHost">The site's own host, when its base URL is set: links written whole to it are checked too.</param>
    public static IReadOnlyList<CheckProblem> Run(LoadResult result, DateTimeOffset now, Func<string, bool> isSiteRoute, string pagesPrefix = "pages/", string? siteHost = null)
    {
        var catalog = new PostCatalog(result.Posts, result.Failures, now, new SiteParts(result.Pages, result.Intros, result.Permalink));
        var problems = new List<CheckProblem>();
        problems.AddRange(result.Failures.Select(f => new CheckProblem(f.File, f.Line, f.Column, CheckSeverity.Error, $"{f.Problem}; the file is not published")));
        problems.AddRange(result.Warnings.Select(w => new CheckProblem(w.File, w.Line, w.Column, CheckSeverity.Warning, w.Text)));
        problems.AddRange(result.AddressNotes.Select(n => new CheckProblem(n.File, null, null, CheckSeverity.Note, n.Text)));
        problems.AddRange(LinkCheck.Of(catalog, isSiteRoute, pagesPrefix, siteHost));

        // A language most of the site has, missing from a post: usually a translation not written yet.
        var languages = catalog.Languages;
        if (languages.Count > 1)
        {
            foreach (var post in catalog.Published)
            {
                var missing = languages.Where(l => post.In(l) is null).ToList();
                if (missing.Count > 0)
                {
                    problems.Add(new CheckProblem(post.SourceFile, null, null, CheckSeverity.Note, $"has no version in {string.Join(", ", missing)}, which other posts have; readers of it see the {post.MainLanguage} text"));
                }
            }
        }

        problems.Sort((a, b) =>
        {
            var byFile = StringComparer.Ordinal.Compare(a.File, b.File);
            return byFile != 0 ? byFile : (a.Line ?? 0).CompareTo(b.Line ?? 0);
        });
        return problems;
    }
}
