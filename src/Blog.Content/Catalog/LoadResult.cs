using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>What one pass over the posts folder produced.</summary>
public sealed record LoadResult(IReadOnlyList<Post> Posts, IReadOnlyList<LoadFailure> Failures, TimeSpan Elapsed);
