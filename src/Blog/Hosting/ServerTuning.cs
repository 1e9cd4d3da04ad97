using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Options;

namespace Blog.Hosting;

/// <summary>
/// Kestrel set up for a server whose answers are mostly bytes already in memory (see PERFORMANCE.md).
/// With <c>Blog:InlineScheduling</c> on (the default), a request is handled on the socket thread that
/// read it instead of being handed to the thread pool: no hand-over and no context switch per request,
/// which is most of what a one-core server spends beyond the kernel's own work. Only pages answered
/// from the page cache stay there (see <see cref="UseOffSocketThreads"/>): everything else, renders above
/// all, moves to the thread pool, so that no request that costs work can hold up the cached ones.
/// </summary>
internal static class ServerTuning
{
    private const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static WebApplicationBuilder TuneServer(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SocketTransportOptions>().Configure<IOptions<BlogOptions>>((options, blog) =>
        {
            var inline = blog.Value.InlineScheduling;
            options.UnsafePreferInlineScheduling = inline;

            // System.Net.Sockets offers no other seam for inline completions: it reads this variable once, when
            // the first socket is made (no AppContext switch, no API). Kestrel reads these options before it
            // makes its listening socket, so setting it here is in time; an operator's own setting wins.
            if (inline && Environment.GetEnvironmentVariable(InlineCompletions) is null)
            {
                Environment.SetEnvironmentVariable(InlineCompletions, "1");
            }

            // A buffer per connection from the start saves an empty read (one system call) per request;
            // the connection limit below bounds what idle connections hold.
            options.WaitForDataBeforeAllocatingBuffer = false;
        });

        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<BlogOptions>>((kestrel, blog) =>
        {
            // Names the server software to every client for no benefit.
            kestrel.AddServerHeader = false;

            // Every connection costs memory: without a limit, enough slow clients exhaust it.
            var limits = kestrel.Limits;
            limits.MaxConcurrentConnections = blog.Value.MaxConnections;
            limits.MaxConcurrentUpgradedConnections = blog.Value.MaxConnections;
            limits.KeepAliveTimeout = blog.Value.KeepAliveTimeout;
            limits.RequestHeadersTimeout = blog.Value.RequestHeadersTimeout;

            // Readers send no bodies; a client that does gets 413 before anything reads it.
            limits.MaxRequestBodySize = 16 * 1024;
        });
        return builder;
    }

    /// <summary>
    /// Placed right after the page cache: a request the cache did not answer continues on the thread pool,
    /// off the socket thread, when requests are scheduled inline.
    /// </summary>
    public static IApplicationBuilder UseOffSocketThreads(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<BlogOptions>>().Value.InlineScheduling
            ? app.Use((context, next) => Task.Run(() => next(context)))
            : app;
}
