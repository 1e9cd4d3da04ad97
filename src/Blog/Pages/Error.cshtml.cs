using Blog.Hosting;
using Blog.Pages.Shared;
using Blog.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages;

/// <summary>What a reader sees when something fails on our side: an apology, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
internal sealed class ErrorModel(SiteSettings settings, SiteUrls urls, MetaFactory meta) : SitePageModel
{
    public string? RequestId { get; private set; }

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        RequestId = HttpContext.TraceIdentifier;
        var language = settings.DefaultLanguage;
        SiteTitle = settings.SiteTitle;
        HomeUrl = urls.Home(language);
        Meta = meta.ForSitePage(Request, "Something went wrong", language, Request.Path);
    }
}
