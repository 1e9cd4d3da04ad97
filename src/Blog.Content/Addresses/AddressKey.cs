namespace Blog.Content.Addresses;

/// <summary>
/// The spelling-free form of an address, to look old links up by: lower case, no empty segments, no
/// trailing slash, <c>.html</c> and <c>/index</c> dropped. A static build answered <c>/posts/a.html</c>,
/// <c>/posts/a</c> (nginx's <c>try_files $uri $uri.html</c>) and <c>/resume/</c> for its
/// <c>resume/index.html</c>; each of those finds the same entry.
/// </summary>
public static class AddressKey
{
    public static string Of(string path)
    {
        // Every address of every post is keyed when a catalog is built (several a post, 10,000 posts),
        // and nearly all are written in this form already.
        if (IsKeyAlready(path))
        {
            return path;
        }

        var segments = path.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "/";
        }

        var last = segments[^1];
        foreach (var extension in (ReadOnlySpan<string>)[".html", ".htm", ".md"])
        {
            if (last.EndsWith(extension, StringComparison.Ordinal) && last.Length > extension.Length)
            {
                last = last[..^extension.Length];
                break;
            }
        }

        segments[^1] = last;
        var count = segments.Length;
        if (count > 1 && segments[^1] is "index" or "_index")
        {
            count--;
        }

        return "/" + string.Join('/', segments, 0, count);
    }

    /// <summary>
    /// Whether <see cref="Of"/> would give the path back as it is: a leading slash, then non-empty
    /// segments of ASCII without upper case, the last neither an index nor ending like a file.
    /// </summary>
    private static bool IsKeyAlready(string path)
    {
        if (path.Length < 2 || path[0] != '/' || path[^1] == '/' || path.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in path)
        {
            if (!char.IsAscii(c) || char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        var last = path.AsSpan(path.LastIndexOf('/') + 1);
        return !last.EndsWith(".html", StringComparison.Ordinal) && !last.EndsWith(".htm", StringComparison.Ordinal)
            && !last.EndsWith(".md", StringComparison.Ordinal) && last is not ("index" or "_index");
    }

    /// <summary><c>/en/posts/x</c> → <c>/posts/x</c>: the address that picks the reader's language.</summary>
    public static string WithoutLanguage(string address)
    {
        var slash = address.IndexOf('/', 1);
        return slash < 0 ? "/" : address[slash..];
    }
}
