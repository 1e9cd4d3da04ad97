using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>A post and the one language version a reader asked for.</summary>
public sealed record PostVersion(Post Post, PostTranslation Translation);
