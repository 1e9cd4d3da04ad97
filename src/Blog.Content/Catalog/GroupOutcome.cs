using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>What reading one post's files gave: the post (if any part of it parsed), the files that failed, and the warnings.</summary>
internal sealed record GroupOutcome(Post? Post, IReadOnlyList<LoadFailure> Failures, IReadOnlyList<ReadWarning> Warnings);
