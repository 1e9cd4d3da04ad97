namespace Blog.Content.Catalog;

/// <summary>A post file that was skipped, and why, in words for its author.</summary>
/// <param name="Transient">The file could not be read (locked, no permission): worth trying again even if it has not changed.</param>
public sealed record LoadFailure(string File, string Problem, int? Line = null, int? Column = null, bool Transient = false)
{
    public override string ToString() => Line is null
        ? $"{File}: {Problem}"
        : $"{File} (line {Line}, column {Column ?? 1}): {Problem}";
}
