namespace Blog.Content.Posts;

/// <summary>Something the author should fix that does not stop the post from being published.</summary>
public sealed record PostWarning(string Message, int? Line = null, int? Column = null);
