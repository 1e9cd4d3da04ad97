namespace Blog.Content.Catalog;

/// <summary>A post file that was skipped, and why, in words for its author.</summary>
public sealed record LoadFailure(string File, string Problem, int? Line = null, int? Column = null)
{
    public override string ToString() => Line is null
        ? $"{File}: {Problem}"
        : $"{File} (line {Line}, column {Column ?? 1}): {Problem}";
}
