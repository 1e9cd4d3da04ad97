using System.Text.Json.Nodes;
using Blog.Content.Catalog;
using Blog.Content.Languages;
using Blog.Content.Posts;
using Blog.Feeds;
using Blog.Hosting;
using Blog.Localization;
using Blog.Pages.Posts;
using Blog.Routing;
using Microsoft.Extensions.Options;

namespace Blog.Pages.Shared;

/// <summary>Builds the frame and head of pages: titles, canonical URLs, feeds, social cards.</summary>
internal sealed class MetaFactory(SiteSettings settings, IOptions<BlogOptions> options, SiteUrls urls, UiText text)
{
    private string SiteTitle => options.Value.SiteTitle;

    /// <param name="catalog">The request's snapshot (see <see cref="RequestCatalog"/>), for the feed links.</param>
    public PageMeta ForSitePage(HttpRequest request, PostCatalog catalog, string? pageTitle, string language, string path) => new(
        pageTitle is null ? SiteTitle : $"{pageTitle} – {SiteTitle}",
        language,
        urls.Absolute(request, path),
        "website",
        pageTitle ?? SiteTitle,
        LanguageRegistry.Describe(language).OgLocale)
    {
        Description = text.For(language).SiteDescription(SiteTitle),
        SiteName = SiteTitle,
        Feeds = Feeds(request, catalog, language),
        Image = Image(request, null),
    };

    /// <summary>
    /// The head of the not-found and error pages, which answer at whatever address was asked for: no
    /// canonical URL, no other languages or feeds, nothing for search engines to keep. It does not read
    /// the catalog, which may be what failed.
    /// </summary>
    public PageMeta ForNoPage(HttpRequest request, string pageTitle, string language) => new(
        $"{pageTitle} – {SiteTitle}",
        language,
        CanonicalUrl: null,
        "website",
        pageTitle,
        LanguageRegistry.Describe(language).OgLocale)
    {
        Description = text.For(language).SiteDescription(SiteTitle),
        SiteName = SiteTitle,
        Image = Image(request, null),
        NoIndex = true,
    };

    /// <summary>The home page also tells search engines it is a web site, in JSON-LD.</summary>
    public PageMeta ForHome(HttpRequest request, PostCatalog catalog, string? pageTitle, string language, string path)
    {
        var meta = ForSitePage(request, catalog, pageTitle, language, path);
        return meta with
        {
            JsonLd = StructuredData.Write(new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "WebSite",
                ["name"] = SiteTitle,
                ["url"] = urls.Absolute(request, SiteUrls.Home(language)),
                ["inLanguage"] = language,
            }),
        };
    }

    public PageMeta ForPost(PostCatalog catalog, Post post, PostTranslation translation, HttpRequest request, bool isPage = false) =>
        PostMetaBuilder.Build(post, translation, request, urls, isPage) with
        {
            SiteName = SiteTitle,
            Feeds = Feeds(request, catalog, translation.Language),
            Image = Image(request, post.Image),
        };

    /// <summary>The social card picture: the post's, else the site's default, made absolute.</summary>
    public SocialImage? Image(HttpRequest request, PostImage? image)
    {
        image ??= settings.DefaultImage;
        if (image is null)
        {
            return null;
        }

        var url = Uri.TryCreate(image.Url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? image.Url
            : urls.Absolute(request, image.Url.StartsWith('/') ? image.Url : "/" + image.Url);
        return new SocialImage(url, image.Width, image.Height, image.Alt);
    }

    /// <param name="pathIn">The same page's path in another language, for the header's language links.</param>
    /// <param name="catalog">The request's snapshot, for the menu of pages.</param>
    public SiteChrome Chrome(PostCatalog catalog, string language, IReadOnlyCollection<string>? languages = null, Func<string, string>? pathIn = null) => new(
        SiteTitle,
        SiteUrls.Home(language),
        text.For(language),
        languages is null || pathIn is null
            ? []
            : languages
                .Order(StringComparer.Ordinal)
                .Select(l => new LanguageLink(l, l, LanguageRegistry.Describe(l).NativeName, pathIn(l), l == language))
                .ToList())
    {
        Menu = Menu(catalog, language),
    };

    /// <summary>The frame of the error page, which must not read the catalog (it may be what failed): no menu of pages.</summary>
    public SiteChrome ChromeWithoutCatalog(string language) => new(SiteTitle, SiteUrls.Home(language), text.For(language), []);

    /// <summary>
    /// The header's menu in a language: <c>Blog:Menu</c>'s links for it (else for the default language),
    /// or, with no menu configured, every standalone page by its title in that language.
    /// </summary>
    private List<MenuLink> Menu(PostCatalog catalog, string language)
    {
        if (settings.Menu.Count > 0)
        {
            var items = settings.Menu.GetValueOrDefault(language) ?? settings.Menu.GetValueOrDefault(settings.DefaultLanguage) ?? [];
            return items.Select(i => new MenuLink(i.Text, i.Url, null)).ToList();
        }

        return catalog.Pages
            .Select(page => page.In(language) ?? page.Main)
            .Select(t => new MenuLink(t.Title, t.Address, t.Language == language ? null : t.TitleTag))
            .ToList();
    }

    /// <summary>A section's feeds first (its list page offers them), then the language's and the site's.</summary>
    public PageMeta WithSectionFeeds(PageMeta page, HttpRequest request, string language, PostSection section)
    {
        var name = $"{SiteTitle}: {section.TitleIn(language)}";
        return page with
        {
            Feeds =
            [
                new($"{name} RSS", FeedFormat.Rss.MediaType, urls.Absolute(request, FeedUrls.Of(language, FeedFormat.Rss, section.Slug))),
                new($"{name} Atom", FeedFormat.Atom.MediaType, urls.Absolute(request, FeedUrls.Of(language, FeedFormat.Atom, section.Slug))),
                .. page.Feeds,
            ],
        };
    }

    /// <summary>Feed autodiscovery: the language's own feeds (when posts are written in it), and the whole site's.</summary>
    private List<FeedLink> Feeds(HttpRequest request, PostCatalog catalog, string language)
    {
        var feeds = new List<FeedLink>();
        if (catalog.Languages.Contains(language))
        {
            var languageName = LanguageRegistry.Describe(language).NativeName;
            feeds.Add(new($"{SiteTitle} ({languageName}) RSS", FeedFormat.Rss.MediaType, urls.Absolute(request, FeedUrls.Of(language, FeedFormat.Rss))));
            feeds.Add(new($"{SiteTitle} ({languageName}) Atom", FeedFormat.Atom.MediaType, urls.Absolute(request, FeedUrls.Of(language, FeedFormat.Atom))));
        }

        feeds.Add(new($"{SiteTitle} RSS", FeedFormat.Rss.MediaType, urls.Absolute(request, FeedUrls.Of(null, FeedFormat.Rss))));
        feeds.Add(new($"{SiteTitle} Atom", FeedFormat.Atom.MediaType, urls.Absolute(request, FeedUrls.Of(null, FeedFormat.Atom))));
        return feeds;
    }
}
