using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Content.Text;

namespace Blog.Content.Posts;

/// <summary>
/// What a file name says about its post: an optional <c>yyyy-mm-dd-</c> date prefix, and the rest,
/// which becomes the slug and, when nothing better exists, the title.
/// </summary>
internal sealed partial record PostFileName(PostDate? Date, string Slug, string Title)
{
    /// <param name="relativePath">The file's path under the posts folder.</param>
    /// <param name="fileLanguage">For a translation file (<c>post.vi.md</c>), its language: the name is read without it.</param>
    public static PostFileName Of(string relativePath, string? fileLanguage = null)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        if (fileLanguage is not null && name.EndsWith($".{fileLanguage}", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^(fileLanguage.Length + 1)];
        }

        if (name is "index" or "_index" && parts.Length > 1)
        {
            // A folder of its own (resume/index.md, a post with its pictures beside it): the folder names it.
            name = parts[^2];
        }

        PostDate? date = null;
        var match = DatePrefix().Match(name);
        if (match.Success
            && DateOnly.TryParseExact(match.Groups["date"].ValueSpan, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = PostDate.OfDay(day);
            name = name[match.Length..];
        }

        var slug = Slugifier.Slugify(name);
        if (slug.Length == 0)
        {
            // A name with no Latin letters or digits (日本語.md) still needs a stable, shareable URL.
            slug = "post-" + StableHash(name);
        }

        var title = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return new PostFileName(date, slug, title.Length == 0 ? slug : title);
    }

    private static string StableHash(string text)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[-_ ]?")]
    private static partial Regex DatePrefix();
}
