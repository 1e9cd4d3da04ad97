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

    /// <summary><c>/en/posts/x</c> → <c>/posts/x</c>: the address that picks the reader's language.</summary>
    public static string WithoutLanguage(string address)
    {
        var slash = address.IndexOf('/', 1);
        return slash < 0 ? "/" : address[slash..];
    }
}
