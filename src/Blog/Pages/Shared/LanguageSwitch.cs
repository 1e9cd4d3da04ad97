namespace Blog.Pages.Shared;

/// <summary>A set of links to the same page in each language, and the accessible name of the set.</summary>
internal sealed record LanguageSwitch(string Label, IReadOnlyList<LanguageLink> Links);
