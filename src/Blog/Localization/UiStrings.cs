using System.Globalization;

namespace Blog.Localization;

/// <summary>The site's own words in one language, looked up once from the resource files.</summary>
internal sealed record UiStrings(CultureInfo Culture, Func<UiWord, string> Lookup)
{
    public string this[UiWord word] => Lookup(word);

    private IReadOnlyList<KeyValuePair<string, string>>? _scriptWords;

    /// <summary><see cref="Localization.ScriptWords"/> in this language, for <see cref="ScriptWordsTagHelper"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ScriptWords =>
        _scriptWords ??= [.. Localization.ScriptWords.All.Select(entry => KeyValuePair.Create(entry.Name, Lookup(entry.Word)))];

    public string Posts => Lookup(UiWord.Posts);
    public string SiteNavigation => Lookup(UiWord.SiteNavigation);
    public string LanguageNavigation => Lookup(UiWord.LanguageNavigation);
    public string Contents => Lookup(UiWord.Contents);
    public string Tags => Lookup(UiWord.Tags);
    public string NewerPosts => Lookup(UiWord.NewerPosts);
    public string OlderPosts => Lookup(UiWord.OlderPosts);
    public string Pages => Lookup(UiWord.Pages);
    public string NoPostsTitle => Lookup(UiWord.NoPostsTitle);
    public string NoPostsText => Lookup(UiWord.NoPostsText);
    public string NotFoundTitle => Lookup(UiWord.NotFoundTitle);
    public string NotFoundText => Lookup(UiWord.NotFoundText);
    public string BackToPosts => Lookup(UiWord.BackToPosts);
    public string ErrorTitle => Lookup(UiWord.ErrorTitle);
    public string ErrorText => Lookup(UiWord.ErrorText);
    public string ErrorReference => Lookup(UiWord.ErrorReference);
    public string AllTags => Lookup(UiWord.AllTags);
    public string Search => Lookup(UiWord.Search);
    public string ThemeDark => Lookup(UiWord.ThemeDark);
    public string CopyCode => Lookup(UiWord.CopyCode);
    public string SectionLink => Lookup(UiWord.SectionLink);
    public string CodeCopied => Lookup(UiWord.CodeCopied);
    public string ThemeLight => Lookup(UiWord.ThemeLight);
    public string ThemeSystem => Lookup(UiWord.ThemeSystem);
    public string PreviousPost => Lookup(UiWord.PreviousPost);
    public string NextPost => Lookup(UiWord.NextPost);
    public string RelatedPosts => Lookup(UiWord.RelatedPosts);
    public string PostNavigation => Lookup(UiWord.PostNavigation);
    public string SearchPrompt => Lookup(UiWord.SearchPrompt);
    public string Breadcrumb => Lookup(UiWord.Breadcrumb);
    public string Home => Lookup(UiWord.Home);
    public string Menu => Lookup(UiWord.Menu);
    public string Suggestions => Lookup(UiWord.Suggestions);
    public string Abstract => Lookup(UiWord.Abstract);

    public string SearchResults(string query) => Format(UiWord.SearchResults, query);

    public string SiteDescription(string siteTitle) => Format(UiWord.SiteDescription, siteTitle);

    public string SearchNone(string query) => Format(UiWord.SearchNone, query);

    public string Archive => Lookup(UiWord.Archive);

    public string PostCount(int count) => Format(count == 1 ? UiWord.PostCountOne : UiWord.PostCountMany, count);

    public string MinRead(int minutes) => Format(UiWord.MinRead, minutes);

    public string PageNumber(int page) => Format(UiWord.PageNumber, page);

    public string TaggedTitle(string tag) => Format(UiWord.TaggedTitle, tag);

    /// <summary>"In {0}" around a language's name, split so the name can carry its own <c>lang</c>.</summary>
    public (string Before, string After) InLanguage()
    {
        var pattern = Lookup(UiWord.InLanguage);
        var at = pattern.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? (pattern + " ", string.Empty) : (pattern[..at], pattern[(at + 3)..]);
    }

    public string Date(DateOnly day) => day.ToString(Lookup(UiWord.DateFormat), Culture);

    private string Format(UiWord word, object value) => string.Format(Culture, Lookup(word), value);
}
