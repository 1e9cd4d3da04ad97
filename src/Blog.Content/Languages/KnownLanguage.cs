namespace Blog.Content.Languages;

/// <summary>
/// What the site knows about a language beyond its tag: the name readers recognise it by, and the
/// OpenGraph locale. Words of the site itself ("Contents") are in the web app's resource files.
/// </summary>
public sealed record KnownLanguage(string Tag, string NativeName, string OgLocale);
