using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Blog.Pages.Shared;

/// <summary>What the layout needs from every page: its head and the language it is shown in.</summary>
internal abstract class SitePageModel : PageModel
{
    public PageMeta Meta { get; protected set; } = null!;

    public string SiteTitle { get; protected set; } = string.Empty;

    public string HomeUrl { get; protected set; } = "/";
}
