using Blog.Content.Catalog;
using Blog.Content.Posts;

namespace Blog.Feeds;

/// <summary>
/// The time a feed or the sitemap says it was last changed: the latest change of the posts it is made
/// from. Never the time they were loaded, which differs between replicas and after each restart, and
/// would give each its own bytes, ETag and Last-Modified for the same posts. An undated post counts as
/// the Unix epoch: feeds need a time for every entry.
/// </summary>
internal static class DocumentTime
{
    /// <summary>The latest <see cref="Post.LastModified"/>; the Unix epoch for no dated post at all.</summary>
    public static DateTimeOffset Of(IEnumerable<Post> posts) =>
        posts.Select(p => p.LastModified).Max() ?? DateTimeOffset.UnixEpoch;

    /// <summary>The whole site's (every published post and page): what pages send as <c>Last-Modified</c>.</summary>
    public static DateTimeOffset Of(PostCatalog catalog) => catalog.LastModified ?? DateTimeOffset.UnixEpoch;

    public static DateTimeOffset Of(Post post) => post.LastModified ?? DateTimeOffset.UnixEpoch;
}
