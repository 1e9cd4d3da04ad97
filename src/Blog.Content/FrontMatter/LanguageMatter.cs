namespace Blog.Content.FrontMatter;

/// <summary>
/// The values one language may set for itself under <c>translations:</c>. Null means "not given":
/// the language then uses the main language's value, or its own default.
/// </summary>
internal sealed record LanguageMatter(
    string? Title,
    string? Subtitle,
    string? DescriptionMeta,
    string? TocTitle,
    IReadOnlyList<string>? Keywords,
    string? Slug,
    string? Summary);
