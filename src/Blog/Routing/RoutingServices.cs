using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.WebEncoders;

namespace Blog.Routing;

internal static class RoutingServices
{
    /// <summary>A language segment as it appears in URLs: <c>vi</c>, <c>pt-br</c>.</summary>
    public const string LanguageSegment = "{lang:regex(^[a-z]{{2,3}}(-[a-z0-9]{{1,8}})*$)}";

    public static IServiceCollection AddBlogRouting(this IServiceCollection services)
    {
        services.AddSingleton<SiteUrls>();
        services.AddSingleton<Blog.Pages.Shared.MetaFactory>();
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);

        // Vietnamese text would otherwise be written as numeric entities: larger pages, unreadable source.
        services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>The language-prefixed twins of the home and post pages.</summary>
    public static PageConventionCollection AddBlogPageRoutes(this PageConventionCollection conventions)
    {
        conventions.AddPageRoute("/Index", LanguageSegment);
        conventions.AddPageRoute("/Posts/Post", $"{LanguageSegment}/posts/{{slug}}");
        return conventions;
    }

    /// <summary>Readers only read: no page takes a form, so there is no antiforgery token to check.</summary>
    public static PageConventionCollection AddReadOnlySite(this PageConventionCollection conventions)
    {
        conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute());
        return conventions;
    }
}
