namespace Blog.Pages.Shared;

/// <summary>One language version of a page, labelled with the language's own name.</summary>
internal sealed record LanguageLink(string Language, string NativeName, string Url, bool IsCurrent);
