using Blog.Content.Addresses;
using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// What a catalog holds besides posts: standalone pages (the pages folder), list intros (an
/// <c>index.md</c> at the top of the posts folder or of a section), and the permalink pattern the
/// addresses were made with.
/// </summary>
public sealed record SiteParts(IReadOnlyList<Post> Pages, IReadOnlyList<Post> Intros, Permalink Permalink)
{
    public static SiteParts None { get; } = new([], [], Permalink.Default);
}
