using Blog.Hosting;
using Blog.Localization;
using Blog.Pages.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Blog.Pages;

/// <summary>
/// What a reader sees when something fails on our side: an apology, never a stack trace. It does not
/// touch the catalog, which may be what failed. Only the exception handler shows it: asked for
/// directly, <c>/error</c> is an address like any other with nothing there, a 404.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
internal sealed class ErrorModel(SiteSettings settings, MetaFactory meta) : SitePageModel
{
    public string? RequestId { get; private set; }

    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        RequestId = HttpContext.TraceIdentifier;
        var language = LanguagePreference.Chosen(Request) ?? settings.DefaultLanguage;
        Chrome = meta.ChromeWithoutCatalog(language);
        Meta = meta.ForNoPage(Request, Chrome.Ui.ErrorTitle, language);
        return Page();
    }
}
