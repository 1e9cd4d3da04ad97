namespace Blog.Content.Catalog;

/// <summary>
/// Something the author should fix in a post that is published anyway. The loader says it once while
/// it lasts: a post is read again whenever any of its files changes, and its other files' warnings
/// have not changed with it.
/// </summary>
/// <param name="File">The file, or for a warning about several files of the post, their names.</param>
public sealed record ReadWarning(string File, string Text, int? Line = null, int? Column = null)
{
    /// <summary>What makes two warnings the same: not where they are, so a line added above does not repeat one.</summary>
    public (string File, string Text) Key => (File, Text);
}
