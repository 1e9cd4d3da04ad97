namespace Blog.Hosting;

/// <summary>One link of the header's menu (<c>Blog:Menu</c>).</summary>
internal sealed class MenuItem
{
    public string Text { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    /// <summary>A path on this site, or a web address: nothing a browser would run.</summary>
    public static bool IsSiteOrWebLink(string? url) =>
        url is { Length: > 0 }
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\'))
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"));
}
