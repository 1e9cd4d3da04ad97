using Blog.Content.Text;

namespace Blog.Content.Posts;

/// <summary>A keyword as the author wrote it, and the URL segment it is found under.</summary>
public sealed record Tag(string Name, string Slug)
{
    public static Tag? From(string keyword)
    {
        var name = string.Join(' ', keyword.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var slug = Slugifier.Slugify(name);
        return slug.Length == 0 ? null : new Tag(name, slug);
    }
}
