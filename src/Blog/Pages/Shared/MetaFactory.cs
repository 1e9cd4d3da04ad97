using Blog.Content.Languages;
using Blog.Hosting;
using Blog.Localization;
using Blog.Routing;

namespace Blog.Pages.Shared;

/// <summary>Builds the frame and head of pages that are not posts: the site's title, the canonical URL.</summary>
internal sealed class MetaFactory(SiteSettings settings, SiteUrls urls, UiText text)
{
    public string Absolute(HttpRequest request, string path) => urls.Absolute(request, path);

    public PageMeta ForSitePage(HttpRequest request, string? pageTitle, string language, string path) => new(
        pageTitle is null ? settings.SiteTitle : $"{pageTitle} – {settings.SiteTitle}",
        language,
        urls.Absolute(request, path),
        "website",
        pageTitle ?? settings.SiteTitle,
        LanguageRegistry.Describe(language).OgLocale);

    /// <param name="pathIn">The same page's path in another language, for the header's language links.</param>
    public SiteChrome Chrome(string language, IReadOnlyCollection<string>? languages = null, Func<string, string>? pathIn = null) => new(
        settings.SiteTitle,
        SiteUrls.Home(language),
        text.For(language),
        languages is null || pathIn is null
            ? []
            : languages
                .Order(StringComparer.Ordinal)
                .Select(l => new LanguageLink(l, l, LanguageRegistry.Describe(l).NativeName, pathIn(l), l == language))
                .ToList());
}
