using System.Globalization;

namespace Blog.Localization;

/// <summary>The site's own words in one language, looked up once from the resource files.</summary>
internal sealed record UiStrings(CultureInfo Culture, Func<string, string> Lookup)
{
    public string Posts => Lookup("Posts");
    public string SiteNavigation => Lookup("SiteNavigation");
    public string LanguageNavigation => Lookup("LanguageNavigation");
    public string Contents => Lookup("Contents");
    public string Tags => Lookup("Tags");
    public string NewerPosts => Lookup("NewerPosts");
    public string OlderPosts => Lookup("OlderPosts");
    public string Pages => Lookup("Pages");
    public string NoPostsTitle => Lookup("NoPostsTitle");
    public string NoPostsText => Lookup("NoPostsText");
    public string NotFoundTitle => Lookup("NotFoundTitle");
    public string NotFoundText => Lookup("NotFoundText");
    public string BackToPosts => Lookup("BackToPosts");
    public string ErrorTitle => Lookup("ErrorTitle");
    public string ErrorText => Lookup("ErrorText");
    public string ErrorReference => Lookup("ErrorReference");
    public string AllTags => Lookup("AllTags");
    public string Search => Lookup("Search");
    public string ThemeDark => Lookup("ThemeDark");
    public string CopyCode => Lookup("CopyCode");
    public string SectionLink => Lookup("SectionLink");
    public string CodeCopied => Lookup("CodeCopied");
    public string ThemeLight => Lookup("ThemeLight");
    public string ThemeSystem => Lookup("ThemeSystem");
    public string PreviousPost => Lookup("PreviousPost");
    public string NextPost => Lookup("NextPost");
    public string RelatedPosts => Lookup("RelatedPosts");
    public string PostNavigation => Lookup("PostNavigation");
    public string SearchPrompt => Lookup("SearchPrompt");
    public string Breadcrumb => Lookup("Breadcrumb");
    public string Home => Lookup("Home");
    public string Menu => Lookup("Menu");
    public string Suggestions => Lookup("Suggestions");
    public string Abstract => Lookup("Abstract");

    public string SearchResults(string query) => Format("SearchResults", query);

    public string SiteDescription(string siteTitle) => Format("SiteDescription", siteTitle);

    public string SearchNone(string query) => Format("SearchNone", query);
    public string Archive => Lookup("Archive");

    public string PostCount(int count) => Format(count == 1 ? "PostCountOne" : "PostCountMany", count);

    public string MinRead(int minutes) => Format("MinRead", minutes);

    public string PageNumber(int page) => Format("PageNumber", page);

    public string TaggedTitle(string tag) => Format("TaggedTitle", tag);

    /// <summary>"In {0}" around a language's name, split so the name can carry its own <c>lang</c>.</summary>
    public (string Before, string After) InLanguage()
    {
        var pattern = Lookup("InLanguage");
        var at = pattern.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? (pattern + " ", string.Empty) : (pattern[..at], pattern[(at + 3)..]);
    }

    public string Date(DateOnly day) => day.ToString(Lookup("DateFormat"), Culture);

    private string Format(string key, object value) => string.Format(Culture, Lookup(key), value);
}
