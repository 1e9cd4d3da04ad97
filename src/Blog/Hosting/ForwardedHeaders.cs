using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Blog.Hosting;

/// <summary>
/// Behind a reverse proxy, the request's scheme and host come from <c>X-Forwarded-*</c>, but only
/// when the proxy is one the operator named in <c>Blog:KnownProxies</c>: anyone else could claim any
/// host and have it written into canonical URLs and feeds.
/// </summary>
internal static class ForwardedHeaders
{
    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<BlogOptions>>((forwarded, blog) =>
        {
            forwarded.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedHost;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in blog.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    /// <summary>
    /// ASP.NET Core trusts every sender when its proxy lists are empty, so without configured proxies
    /// the middleware is left out altogether.
    /// </summary>
    public static IApplicationBuilder UseTrustedForwardedHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<BlogOptions>>().Value.KnownProxies.Length == 0
            ? app
            : app.UseForwardedHeaders();
}
