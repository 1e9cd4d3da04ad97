namespace Blog.Hosting;

/// <summary>The <c>Blog</c> configuration section: where posts are and how the site names itself.</summary>
internal sealed class BlogOptions
{
    public const string Section = "Blog";

    /// <summary>
    /// The posts folder. Relative paths are taken from the content root; when unset, the
    /// <c>posts</c> folder beside the published app is used.
    /// </summary>
    public string? PostsPath { get; set; }

    public string SiteTitle { get; set; } = "Blog";

    /// <summary>The site's public address (for example https://example.com), used for absolute URLs in meta tags.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The language served without a prefix in URLs.</summary>
    public string DefaultLanguage { get; set; } = "en";
}
