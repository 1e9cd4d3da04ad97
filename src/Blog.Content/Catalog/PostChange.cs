using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// One post that a patched load changed: what it was and what it is now (null for none: a new post,
/// a deleted one), under its key (the path of the post without <c>.md</c> and language).
/// </summary>
internal sealed record PostChange(string Key, Post? Before, Post? After);
