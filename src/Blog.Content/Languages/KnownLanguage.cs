namespace Blog.Content.Languages;

/// <summary>
/// What the site knows about a language beyond its tag: the name readers recognise it by,
/// the OpenGraph locale, and the table-of-contents title pandoc would print for it.
/// </summary>
public sealed record KnownLanguage(string Tag, string NativeName, string OgLocale, string TocTitle);
