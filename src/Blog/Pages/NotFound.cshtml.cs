using Blog.Hosting;
using Blog.Pages.Shared;
using Blog.Routing;

namespace Blog.Pages;

/// <summary>
/// The page for every unknown address. Reached by re-execution from the status-code middleware, so the
/// address the reader typed stays in the bar; it answers 404 even when asked for directly.
/// </summary>
internal sealed class NotFoundModel(SiteSettings settings, SiteUrls urls, MetaFactory meta) : SitePageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        var language = settings.DefaultLanguage;
        SiteTitle = settings.SiteTitle;
        HomeUrl = urls.Home(language);
        Meta = meta.ForSitePage(Request, "Page not found", language, Request.Path);
    }
}
