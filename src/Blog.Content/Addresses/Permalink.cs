using System.Text;
using Blog.Content.Posts;
using Blog.Content.Text;

namespace Blog.Content.Addresses;

/// <summary>
/// The pattern a post's address is made from (<c>Blog:Permalink</c>), such as <c>/{lang}/posts/{slug}</c>.
/// Tokens: <c>{lang}</c>, <c>{section}</c> (the first folder under the posts folder), <c>{year}</c>,
/// <c>{month}</c>, <c>{day}</c> (the post's date), <c>{slug}</c>, <c>{folder}</c> (the file's folder
/// under the posts folder) and <c>{path}</c> (<c>{folder}/{slug}</c>: the old static site's path). A
/// token with nothing to give (a post at the top of the folder has no section, an undated post no year)
/// leaves its segment out. The pattern starts with <c>/{lang}/</c>, so every address says its language,
/// and names the post by <c>{slug}</c> or <c>{path}</c>.
/// </summary>
public sealed class Permalink
{
    public const string DefaultPattern = "/{lang}/posts/{slug}";

    private static readonly string[] Tokens = ["lang", "section", "year", "month", "day", "slug", "folder", "path"];

    private readonly string[] _segments;

    private Permalink(string pattern, string[] segments)
    {
        Pattern = pattern;
        _segments = segments;
    }

    public static Permalink Default { get; } = Parse(DefaultPattern);

    /// <summary>The address of a standalone page: <c>/{lang}/</c> and its path under the pages folder.</summary>
    public static Permalink Pages { get; } = Parse("/{lang}/{path}");

    public string Pattern { get; }

    /// <summary>Whether the pattern puts any of the post's date in its address: a clash is then not settled by the date.</summary>
    public bool HasDate => _segments.Any(s => s is "{year}" or "{month}" or "{day}");

    /// <summary>Whether the pattern puts the file's folder in its address.</summary>
    public bool HasFolder => _segments.Contains("{folder}") || _segments.Contains("{path}");

    /// <summary>The first fixed segment after the language (<c>posts</c>), if the pattern has one there.</summary>
    public string? FirstLiteral => _segments.Length > 1 && !_segments[1].StartsWith('{') ? _segments[1] : null;

    public static Permalink Parse(string pattern) =>
        TryParse(pattern, out var permalink, out var problem) ? permalink : throw new FormatException(problem);

    /// <summary>Checks a pattern, saying what is wrong with it in words an operator can act on.</summary>
    public static bool TryParse(string? pattern, out Permalink permalink, out string problem)
    {
        permalink = null!;
        problem = string.Empty;
        var segments = (pattern ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (pattern is null || !pattern.StartsWith('/') || segments.Length < 2 || segments[0] != "{lang}")
        {
            problem = $"'{pattern}' must start with /{{lang}}/, so that every address says its language (for example {DefaultPattern})";
            return false;
        }

        foreach (var segment in segments)
        {
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                if (!Tokens.Contains(segment[1..^1]))
                {
                    problem = $"'{pattern}' has the unknown token {segment}; the tokens are {string.Join(", ", Tokens.Select(t => "{" + t + "}"))}, each a segment of its own";
                    return false;
                }
            }
            else if (segment.Length == 0 || segment.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.')))
            {
                problem = $"'{pattern}' has the segment '{segment}': fixed segments are lower-case letters, digits, '-', '_' and '.', and a token is a segment of its own";
                return false;
            }
        }

        if (!segments.Contains("{slug}") && !segments.Contains("{path}"))
        {
            problem = $"'{pattern}' has neither {{slug}} nor {{path}}, so two posts could not have two addresses";
            return false;
        }

        if (segments.Count(s => s is "{slug}" or "{path}") > 1 || segments.Count(s => s == "{lang}") > 1)
        {
            problem = $"'{pattern}' names the post or the language more than once";
            return false;
        }

        permalink = new Permalink("/" + string.Join('/', segments), segments);
        return true;
    }

    /// <summary>The address of one language version of a post.</summary>
    public string Format(Post post, PostTranslation translation) => Format(post, translation, translation.Slug);

    /// <summary>The address with <paramref name="slug"/> in place of the version's own (to qualify a clash).</summary>
    public string Format(Post post, PostTranslation translation, string slug)
    {
        var folder = FolderOf(post.SourceFile);
        var named = IsIndexFile(post.SourceFile) ? folder[..^Math.Min(1, folder.Length)] : folder;
        var date = post.Date?.Instant.Date;
        var address = new StringBuilder(64);
        foreach (var segment in _segments)
        {
            var value = segment switch
            {
                "{lang}" => translation.Language,
                "{section}" => folder.Length > 0 ? folder[0] : null,
                "{year}" => date?.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
                "{month}" => date?.ToString("MM", System.Globalization.CultureInfo.InvariantCulture),
                "{day}" => date?.ToString("dd", System.Globalization.CultureInfo.InvariantCulture),
                "{slug}" => slug,
                "{folder}" => folder.Length > 0 ? string.Join('/', folder) : null,
                "{path}" => string.Join('/', named.Append(slug)),
                _ => segment,
            };

            if (!string.IsNullOrEmpty(value))
            {
                address.Append('/').Append(value);
            }
        }

        return address.ToString();
    }

    /// <summary>The folders of a file under its root, each as an address segment (<c>continuous-learning</c>, <c>2025</c>).</summary>
    public static string[] FolderOf(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts[..^1].Select(Slugifier.Slugify).Where(s => s.Length > 0).ToArray();
    }

    /// <summary>
    /// Whether a file is its folder's <c>index.md</c> (or <c>_index.md</c>, or a translation of one): the
    /// folder names it, as a static build served <c>resume/index.html</c> at <c>/resume/</c>.
    /// </summary>
    public static bool IsIndexFile(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        var stem = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        var dot = stem.IndexOf('.');
        var bare = dot > 0 ? stem[..dot] : stem;
        return bare is "index" or "_index";
    }

    public override string ToString() => Pattern;
}
