namespace Blog.Feeds;

/// <summary>The two feed formats feed readers understand.</summary>
internal sealed record FeedFormat(string FileName, string MediaType)
{
    public static readonly FeedFormat Rss = new("feed.xml", "application/rss+xml");

    public static readonly FeedFormat Atom = new("atom.xml", "application/atom+xml");
}

/// <summary>
/// Where the feeds are: <c>/feed.xml</c> and <c>/atom.xml</c> for the site, under <c>/{lang}/</c> for one
/// language, under <c>/{lang}/sections/{section}/</c> for one section in one language.
/// </summary>
internal static class FeedUrls
{
    public static string Of(string? language, FeedFormat format, string? section = null) =>
        language is null ? $"/{format.FileName}"
        : section is null ? $"/{language}/{format.FileName}"
        : $"/{language}/sections/{section}/{format.FileName}";
}
