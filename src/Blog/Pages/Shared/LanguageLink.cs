namespace Blog.Pages.Shared;

/// <summary>One language version of a page, labelled with the language's own name.</summary>
/// <param name="Language">The language key, as in URLs (<c>vi</c>).</param>
/// <param name="Tag">The BCP 47 tag for <c>lang</c> and <c>hreflang</c>.</param>
internal sealed record LanguageLink(string Language, string Tag, string NativeName, string Url, bool IsCurrent);
