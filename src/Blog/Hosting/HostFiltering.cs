using Microsoft.AspNetCore.HostFiltering;

namespace Blog.Hosting;

/// <summary>
/// With <c>Blog:BaseUrl</c> set, the site knows its name: requests for any other <c>Host</c> are refused
/// (400) by ASP.NET Core's host filtering before anything is rendered for them. Requests from this
/// machine's own names stay allowed (probes, curl on the box). An operator's own <c>AllowedHosts</c>
/// list wins; the default <c>*</c> is narrowed.
/// </summary>
internal static class HostFiltering
{
    public static IServiceCollection AddSiteHostFiltering(this IServiceCollection services)
    {
        services.AddOptions<HostFilteringOptions>().PostConfigure<SiteSettings>((options, settings) =>
        {
            if (settings.BaseUrl is not { } baseUrl || options.AllowedHosts is not (null or [] or ["*"]))
            {
                return;
            }

            var host = new Uri(baseUrl).IdnHost;
            options.AllowedHosts = [host, "localhost", "127.0.0.1", "[::1]"];
        });
        return services;
    }
}
