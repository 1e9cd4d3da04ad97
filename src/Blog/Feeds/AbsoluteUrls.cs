using System.Text.RegularExpressions;

namespace Blog.Feeds;

/// <summary>
/// A feed reader shows a post away from the site, so every link and picture in its HTML must carry
/// the site's address. The HTML is Markdig's output and the author's raw HTML (quoted attributes),
/// rewritten once per catalog and cached, never per request.
/// </summary>
internal static partial class AbsoluteUrls
{
    public static string In(string html, Uri page) => LinkAttribute().Replace(html, match =>
    {
        var quote = match.Groups["quote"].Value;
        var value = match.Groups["url"].Value;
        if (value.Length == 0 || Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Scheme is not "file")
        {
            return match.Value;
        }

        return Uri.TryCreate(page, System.Net.WebUtility.HtmlDecode(value), out var resolved)
            ? $"{match.Groups["attribute"].Value}={quote}{System.Net.WebUtility.HtmlEncode(resolved.AbsoluteUri)}{quote}"
            : match.Value;
    });

    [GeneratedRegex("(?<attribute>\\b(?:href|src))=(?<quote>[\"'])(?<url>.*?)\\k<quote>")]
    private static partial Regex LinkAttribute();
}
