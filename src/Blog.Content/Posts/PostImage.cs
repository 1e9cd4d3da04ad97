namespace Blog.Content.Posts;

/// <summary>A post's picture for social cards: where it is, what it shows, and its size when known.</summary>
/// <param name="Url">An absolute URL, or a path on this site (<c>/images/queues.png</c>).</param>
public sealed record PostImage(string Url, string? Alt, int? Width, int? Height);
