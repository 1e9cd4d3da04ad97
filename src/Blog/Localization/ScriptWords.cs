namespace Blog.Localization;

/// <summary>
/// The words the scripts put on the page when a post switches language without a reload. Each language
/// version of a post carries them as <c>data-ui-{name}</c> attributes (<see cref="ScriptWordsTagHelper"/>);
/// the layout marks the elements they label with <c>data-ui="{name}"</c> (text) or
/// <c>data-ui-label="{name}"</c> (<c>aria-label</c>), and <c>language-toggle.js</c> and <c>code.js</c>
/// read them by those names. One list, so that each name stands for exactly one resource key.
/// </summary>
internal static class ScriptWords
{
    public static IReadOnlyList<(string Name, UiWord Word)> All { get; } =
    [
        ("posts", UiWord.Posts),
        ("archive", UiWord.Archive),
        ("tags", UiWord.AllTags),
        ("search", UiWord.Search),
        ("site", UiWord.SiteNavigation),
        ("language", UiWord.LanguageNavigation),
        ("theme-dark", UiWord.ThemeDark),
        ("theme-light", UiWord.ThemeLight),
        ("theme-system", UiWord.ThemeSystem),
        ("copy", UiWord.CopyCode),
        ("copied", UiWord.CodeCopied),
        ("section-link", UiWord.SectionLink),
    ];
}
