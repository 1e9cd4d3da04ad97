namespace Blog.Content.FrontMatter;

/// <summary>
/// Front matter keys other tools give meaning to: pandoc's template variables and metadata, and the
/// common keys of Hugo, Jekyll and Quarto. The blog ignores them without a word, so that files written
/// for those tools load unchanged; any other key it does not know is most likely a typo, and the author
/// hears about it.
/// </summary>
internal static class ForeignKeys
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        // pandoc (MANUAL.txt, "Metadata variables", "Variables for HTML", LaTeX and EPUB variables, citations)
        "abstract", "abstract-title", "author", "bibliography", "category", "citation-style", "classoption", "colorlinks",
        "copyright", "cover-image", "csl", "css", "date", "description", "dir", "document-css", "documentclass",
        "epub-cover-image", "fontfamily", "fontsize", "geometry", "header-includes", "highlighting-macros", "include-after",
        "include-before", "institute", "keywords", "lang", "linestretch", "link-citations", "linkcolor", "lof", "lot",
        "mainfont", "margin-bottom", "margin-left", "margin-right", "margin-top", "math", "mathfont", "monofont", "nocite",
        "numbersections", "pagetitle", "papersize", "references", "rights", "sansfont", "secnumdepth", "subject", "suppress-bibliography",
        "thanks", "title", "title-meta", "toccolor", "urlcolor", "version",
        // Hugo and Jekyll
        "categories", "expirydate", "layout", "lastmod", "linktitle", "menu", "outputs", "permalink", "publishdate", "published",
        "series", "tags", "type", "url", "weight", "excerpt", "comments", "sitemap", "cover", "images", "showtoc", "hidden",
        // Quarto
        "format", "execute", "jupyter", "engine", "editor", "bibliography-style", "citation", "filters",
    };

    public static bool IsKnown(string key) => Known.Contains(key);

    /// <summary>The blog's own key closest to a misspelt one (one or two letters off), if any.</summary>
    public static string? Closest(string key, IEnumerable<string> ours) =>
        ours.Select(k => (Key: k, Distance: Distance(key, k))).Where(x => x.Distance <= 2).OrderBy(x => x.Distance).Select(x => x.Key).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2 || a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
