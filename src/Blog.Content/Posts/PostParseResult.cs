namespace Blog.Content.Posts;

/// <summary>A parsed post and what its author should hear about it.</summary>
public sealed record PostParseResult(Post Post, IReadOnlyList<PostWarning> Warnings);
