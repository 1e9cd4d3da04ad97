using Blog.Content.Languages;
using Blog.Hosting;
using Blog.Routing;

namespace Blog.Pages.Shared;

/// <summary>Builds the head of pages that are not posts: the site's title, the page's canonical URL.</summary>
internal sealed class MetaFactory(SiteSettings settings, SiteUrls urls)
{
    public PageMeta ForSitePage(HttpRequest request, string? pageTitle, string language, string path) => new(
        pageTitle is null ? settings.SiteTitle : $"{pageTitle} – {settings.SiteTitle}",
        language,
        urls.Absolute(request, path),
        "website",
        pageTitle ?? settings.SiteTitle,
        LanguageRegistry.Describe(language).OgLocale);
}
