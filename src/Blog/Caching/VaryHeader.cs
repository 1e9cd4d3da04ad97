using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Blog.Caching;

/// <summary>
/// Adds names to a response's <c>Vary</c> as one comma-separated value, not a second header line. The
/// body's compression names <c>Accept-Encoding</c> only when <c>Vary</c> lacks it, so a page that varies
/// anyway names it first, and readers and caches see a single <c>Vary</c> line.
/// </summary>
internal static class VaryHeader
{
    public static void Add(IHeaderDictionary headers, params ReadOnlySpan<string> names)
    {
        // The common case, on paths served from memory: nothing said yet and one name to say.
        if (names.Length == 1 && headers.Vary.Count == 0)
        {
            headers.Vary = names[0];
            return;
        }

        var values = new List<string>(headers.GetCommaSeparatedValues(HeaderNames.Vary));
        foreach (var name in names)
        {
            if (!values.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                values.Add(name);
            }
        }

        headers.Vary = new StringValues(string.Join(", ", values));
    }
}
