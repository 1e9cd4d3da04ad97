using System.Text;
using Blog.Content.Text;

namespace Blog.Content.Posts;

/// <summary>A keyword as the author wrote it, and the URL segment it is found under.</summary>
public sealed record Tag(string Name, string Slug)
{
    public static Tag? From(string keyword)
    {
        var name = string.Join(' ', keyword.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        // C#, C++ and C are three different tags; without this they would all be /tags/c.
        var slug = Slugifier.Slugify(name.Replace("#", " sharp", StringComparison.Ordinal).Replace("+", " plus", StringComparison.Ordinal));
        if (slug.Length == 0)
        {
            // Tags in scripts without an ASCII form (日本語) keep their letters; browsers encode them in the URL.
            slug = LettersOnly(name);
        }

        return slug.Length == 0 ? null : new Tag(name, slug);
    }

    private static string LettersOnly(string name)
    {
        var words = name.ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => string.Concat(word.EnumerateRunes().Where(r => Rune.IsLetter(r) || Rune.IsNumber(r)).Select(r => r.ToString())))
            .Where(word => word.Length > 0);
        return string.Join('-', words);
    }
}
