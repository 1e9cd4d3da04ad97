using Blog.Content.Catalog;
using Blog.Localization;
using Blog.Pages.Shared;
using Microsoft.AspNetCore.Diagnostics;

namespace Blog.Pages;

/// <summary>
/// The page for every unknown address, in the reader's language. Reached by re-execution for a 404
/// (see <see cref="Hosting.NotFoundPages"/>), so the address the reader typed stays in the bar and the
/// status stays the one being explained; asked for directly, it answers 404 too.
/// </summary>
internal sealed class NotFoundModel(CatalogStore store, SiteLanguages siteLanguages, LanguagePreference preference, MetaFactory meta) : SitePageModel
{
    /// <summary>How many posts are suggested for an address that looks like a post's.</summary>
    public const int SuggestionCount = 5;

    /// <summary>Posts whose words match the words of a post-like address (<c>/posts/…/deep-work-blocks.html</c>), best first.</summary>
    public IReadOnlyList<PostSummaryView> Suggestions { get; private set; } = [];

    public void OnGet()
    {
        var feature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (feature is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        var catalog = RequestCatalog.Of(HttpContext, store);
        var languages = siteLanguages.Of(catalog);

        // The address's own language first (/vi/posts/gone), else the reader's.
        var language = LanguageOf(feature?.OriginalPath ?? Request.Path.Value, languages) ?? preference.ForSite(Request, languages);
        LanguagePreference.VaryByLanguage(Response);
        Chrome = meta.Chrome(catalog, language);
        Meta = meta.ForNoPage(Request, Chrome.Ui.NotFoundTitle, language);

        if (WordsOfPostAddress(feature?.OriginalPath) is { Length: > 0 } words)
        {
            // A few bounded searches (eight words at most, as the search page allows), only for addresses
            // shaped like a post's: the posts matching the most of the address's words first.
            var tally = new Dictionary<Blog.Content.Posts.Post, int>(ReferenceEqualityComparer.Instance);
            foreach (var word in words.Split(' ').Distinct(StringComparer.OrdinalIgnoreCase).Take(8))
            {
                foreach (var post in catalog.FindPosts(language, word, maxWords: 1).Take(200))
                {
                    tally[post] = tally.GetValueOrDefault(post) + 1;
                }
            }

            Suggestions = tally
                .OrderByDescending(t => t.Value)
                .ThenByDescending(t => t.Key.Date?.Instant)
                .Take(SuggestionCount)
                .Select(t => PostSummaryView.From(t.Key, language, Chrome.Ui))
                .ToList();
        }
    }

    /// <summary>
    /// The words of an old or mistyped post address: its last segment, without <c>.html</c> and the
    /// date prefix, hyphens as spaces. Only for addresses under <c>/posts/</c> (with or without a language).
    /// </summary>
    private static string? WordsOfPostAddress(string? path)
    {
        if (path is null || path.Length > 300)
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (!segments.Take(2).Contains("posts", StringComparer.Ordinal) || segments.Length < 2 || segments[^1] == "posts")
        {
            return null;
        }

        var name = segments[^1];
        name = name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? name[..^5] : name;
        return string.Join(' ', name.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.All(char.IsAsciiDigit)));
    }

    /// <summary>
    /// The site language the path starts with, if any. Only its first segment is looked at: junk requests
    /// come here, and a path of thousands of segments should cost no more than a short one.
    /// </summary>
    private static string? LanguageOf(string? path, IReadOnlyList<string> languages)
    {
        var rest = path.AsSpan().TrimStart('/');
        var end = rest.IndexOf('/');
        var first = end < 0 ? rest : rest[..end];
        foreach (var language in languages)
        {
            if (first.SequenceEqual(language))
            {
                return language;
            }
        }

        return null;
    }
}
