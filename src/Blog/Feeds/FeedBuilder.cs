using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Blog.Content.Catalog;
using Blog.Content.Languages;
using Blog.Content.Posts;
using Blog.Hosting;
using Blog.Routing;
using Microsoft.Extensions.Options;

namespace Blog.Feeds;

/// <summary>
/// RSS 2.0 and Atom feeds, written with the framework's syndication library: the whole site (each
/// post in its main language) or one language (the posts written in it), newest first.
/// </summary>
internal sealed class FeedBuilder(SiteSettings settings, IOptions<BlogOptions> options)
{
    public const int ItemCount = 20;

    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    /// <param name="section">One section's feed (in <paramref name="language"/>): only its posts, named after it.</param>
    public FeedDocument Build(PostCatalog catalog, string baseUrl, string? language, FeedFormat format, PostSection? section = null)
    {
        var candidates = (section?.Posts ?? catalog.Published)
            .Select(post => (Post: post, Translation: language is null ? post.Main : post.In(language)))
            .Where(v => v.Translation is not null)
            .Select(v => (v.Post, Translation: v.Translation!))
            .ToList();
        var versions = candidates.Take(ItemCount).ToList();

        var home = new Uri(baseUrl + (section is not null && language is not null ? SiteUrls.Section(language, section.Slug) : SiteUrls.Home(language ?? settings.DefaultLanguage)));
        var self = new Uri(baseUrl + FeedUrls.Of(language, format, section?.Slug));
        // From the posts alone, never from when they were loaded: every replica over one folder, and every
        // restart, writes the same bytes with the same validators. A post taken down may make this time
        // older; the ETag still changes, and If-None-Match is what conditional GET answers first.
        var lastModified = DocumentTime.Of(candidates.Select(v => v.Post));
        var title = language is null ? options.Value.SiteTitle
            : section is not null ? $"{options.Value.SiteTitle}: {section.TitleIn(language)} ({LanguageRegistry.Describe(language).NativeName})"
            : $"{options.Value.SiteTitle} ({LanguageRegistry.Describe(language).NativeName})";

        // The whole-site feed mixes languages, so only the entries say which theirs is.
        var feed = new SyndicationFeed(title, title, home, self.AbsoluteUri, lastModified)
        {
            Language = language,
            Generator = "Blog",
            Items = versions.Select(v => Item(v.Post, v.Translation, baseUrl, format == FeedFormat.Atom)).ToList(),
        };

        // Atom requires an author for every entry; the site stands in for posts that name none.
        feed.Authors.Add(new SyndicationPerson(null, options.Value.SiteTitle, home.AbsoluteUri));
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, format.MediaType));
        if (format == FeedFormat.Rss)
        {
            feed.AttributeExtensions.Add(new XmlQualifiedName("content", "http://www.w3.org/2000/xmlns/"), ContentNamespace);
        }

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            // For RSS, what RSS cannot say (authors without e-mail, the self link) is written as Atom elements.
            SyndicationFeedFormatter formatter = format == FeedFormat.Atom ? new Atom10FeedFormatter(feed) : new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: true);
            formatter.WriteTo(writer);
        }

        return new FeedDocument(stream.ToArray(), format.MediaType + "; charset=utf-8", lastModified);
    }

    private static SyndicationItem Item(Post post, PostTranslation translation, string baseUrl, bool atom)
    {
        var url = new Uri(new Uri(baseUrl + translation.Address).AbsoluteUri);
        var html = AbsoluteUrls.In(translation.Html, url);
        var item = new SyndicationItem(
            translation.Title,
            new TextSyndicationContent(html, TextSyndicationContentKind.Html),
            url,
            url.AbsoluteUri,
            DocumentTime.Of(post))
        {
            PublishDate = post.Date?.Instant ?? DocumentTime.Of(post),

            // RSS readers treat <description> as HTML: a summary that mentions List<T> must stay text.
            Summary = translation.Summary is null ? null
                : atom ? new TextSyndicationContent(translation.Summary)
                : new TextSyndicationContent(HtmlText(translation.Summary), TextSyndicationContentKind.Html),
        };
        item.AttributeExtensions.Add(new XmlQualifiedName("lang", "http://www.w3.org/XML/1998/namespace"), translation.Tag);

        // RSS carries the full text in content:encoded (its <description> is the summary); Atom in <content>.
        if (!atom)
        {
            item.ElementExtensions.Add("encoded", ContentNamespace, html);
        }

        if (post.Author is not null)
        {
            item.Authors.Add(new SyndicationPerson(null, post.Author, post.AuthorUrl));
        }

        foreach (var tag in translation.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag.Name));
        }

        return item;
    }

    /// <summary>
    /// Text as HTML with only what HTML needs escaped: WebUtility.HtmlEncode also writes "ô" and "'" as
    /// character references, which readers that show the description as text print as codes.
    /// </summary>
    internal static string HtmlText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
