using System.Text.Encodings.Web;
using System.Text.Unicode;
using Blog.Localization;
using Blog.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.WebEncoders;

namespace Blog.Routing;

internal static class RoutingServices
{
    public static IServiceCollection AddBlogWeb(this IServiceCollection services)
    {
        services.AddSingleton<SiteUrls>();
        services.AddSingleton<Caching.PageCache>();
        services.AddSingleton(provider => new Caching.BrotliQueue(
            provider.GetRequiredService<Hosting.SiteSettings>().MaxConcurrentRenders,
            provider.GetRequiredService<ILogger<Caching.BrotliQueue>>()));
        services.AddSingleton<MetaFactory>();
        services.AddSingleton<LanguagePreference>();
        services.AddSingleton<UiText>();
        services.AddSingleton<SiteLanguages>();
        services.AddSingleton<ListPageEntry>();
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.ConstraintMap[LanguageRouteConstraint.Name] = typeof(LanguageRouteConstraint);
        });

        // Vietnamese text would otherwise be written as numeric entities: larger pages, unreadable source.
        services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>Readers only read: no page takes a form, so there is no antiforgery token to check.</summary>
    public static PageConventionCollection AddReadOnlySite(this PageConventionCollection conventions)
    {
        conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute());
        conventions.ConfigureFilter(new PageNumbers());
        return conventions;
    }
}
