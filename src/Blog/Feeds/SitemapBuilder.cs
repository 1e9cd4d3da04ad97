using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Blog.Content.Catalog;
using Blog.Content.Posts;
using Blog.Routing;

namespace Blog.Feeds;

/// <summary>
/// <c>/sitemap.xml</c> by the sitemaps.org protocol: every published post and page in every language,
/// the home, section, tag, tag index and archive pages, each with <c>lastmod</c> and its language versions as
/// <c>xhtml:link</c> alternates. At most 50,000 addresses, the protocol's limit.
/// </summary>
internal static class SitemapBuilder
{
    public const int MaxUrls = 50_000;

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static FeedDocument Build(PostCatalog catalog, IReadOnlyList<string> siteLanguages, string baseUrl)
    {
        var urls = new List<XElement>();
        // The lists change when their posts do: their lastmod is the newest post's change, the same on
        // every replica and after every restart.
        var newest = DocumentTime.Of(catalog.Published);
        DateTimeOffset? listsChanged = newest == DateTimeOffset.UnixEpoch ? null : newest;

        // Lists: home, tag index and archive in each language, each with its other languages.
        foreach (var (pathIn, anyLanguage) in new (Func<string, string>, string)[] { (l => SiteUrls.Home(l), "/"), (SiteUrls.Tags, "/tags"), (SiteUrls.Archive, "/archive") })
        {
            foreach (var language in siteLanguages)
            {
                urls.Add(Url(baseUrl + pathIn(language), listsChanged, siteLanguages.Select(l => (l, baseUrl + pathIn(l))), baseUrl + anyLanguage));
            }
        }

        foreach (var post in catalog.Published)
        {
            var versions = post.Translations.Select(t => (t.Tag, baseUrl + t.Address)).ToList();
            foreach (var translation in post.Translations)
            {
                urls.Add(Url(baseUrl + translation.Address, DocumentTime.Of(post), versions, baseUrl + SiteUrls.AnyLanguage(post)));
            }
        }

        // Standalone pages and section lists: in the sitemap, though never in the post lists.
        foreach (var page in catalog.Pages)
        {
            var versions = page.Translations.Select(t => (t.Tag, baseUrl + t.Address)).ToList();
            foreach (var translation in page.Translations)
            {
                // A page without a date of any kind says nothing rather than 1970.
                urls.Add(Url(baseUrl + translation.Address, page.LastModified, versions, baseUrl + SiteUrls.AnyLanguage(page)));
            }
        }

        foreach (var section in catalog.Sections)
        {
            var lastModified = section.Posts.Select(DocumentTime.Of).DefaultIfEmpty(newest).Max();
            var versions = siteLanguages.Select(l => (l, baseUrl + SiteUrls.Section(l, section.Slug))).ToList();
            foreach (var language in siteLanguages)
            {
                urls.Add(Url(baseUrl + SiteUrls.Section(language, section.Slug), lastModified, versions, null));
            }
        }

        var tagPages = siteLanguages
            .SelectMany(language => catalog.TagsIn(language).Select(t => (Language: language, t.Tag.Slug)))
            .ToList();
        foreach (var (language, slug) in tagPages)
        {
            var versions = tagPages.Where(t => t.Slug == slug).Select(t => (t.Language, baseUrl + SiteUrls.Tag(t.Language, slug)));
            var tagged = catalog.Tagged(language, slug);
            urls.Add(Url(baseUrl + SiteUrls.Tag(language, slug), tagged.Select(DocumentTime.Of).DefaultIfEmpty(newest).Max(), versions, baseUrl + "/tags/" + slug));
        }

        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls.Take(MaxUrls)));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        return new FeedDocument(stream.ToArray(), "application/xml; charset=utf-8", DocumentTime.Of(catalog));
    }

    private static XElement Url(string location, DateTimeOffset? lastModified, IEnumerable<(string Language, string Url)> alternates, string? anyLanguage)
    {
        var alternateList = alternates.ToList();
        return new XElement(
            Ns + "url",
            new XElement(Ns + "loc", Escaped(location)),
            lastModified is { } modified ? new XElement(Ns + "lastmod", modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)) : null,
            alternateList.Count < 2
                ? null
                : alternateList.Select(a => Link(a.Language, a.Url)).Append(anyLanguage is null ? null : Link("x-default", anyLanguage)));
    }

    private static XElement Link(string language, string url) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", language), new XAttribute("href", Escaped(url)));

    /// <summary>The protocol wants URLs escaped: a tag such as 日本語 appears percent-encoded.</summary>
    private static string Escaped(string url) => new Uri(url).AbsoluteUri;
}
