using Blog.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Blog.Pages.Shared;

/// <summary>What the layout needs from every page: its head, its language and the site's words in it.</summary>
internal abstract class SitePageModel : PageModel
{
    public PageMeta Meta { get; protected set; } = null!;

    public SiteChrome Chrome { get; protected set; } = null!;
}

/// <summary>The frame around every page: the site's name, where "home" is, and the words of the frame.</summary>
/// <param name="LanguageLinks">The same page in the site's other languages, shown in the header; empty where the page has its own toggle.</param>
internal sealed record SiteChrome(string SiteTitle, string HomeUrl, UiStrings Ui, IReadOnlyList<LanguageLink> LanguageLinks)
{
    public string Language => HomeUrl.TrimStart('/');

    public string ArchiveUrl => Routing.SiteUrls.Archive(Language);

    public string TagsUrl => Routing.SiteUrls.Tags(Language);

    public string SearchUrl => Routing.SiteUrls.Search(Language);
}
