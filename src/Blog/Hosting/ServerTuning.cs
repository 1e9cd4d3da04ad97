using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace Blog.Hosting;

/// <summary>
/// Kestrel set up for a server whose answers are mostly bytes already in memory (see PERFORMANCE.md).
/// With <c>Blog:InlineScheduling</c> on (the default), a request is handled on the socket thread that
/// read it instead of being handed to the thread pool: no hand-over and no context switch per request,
/// which is most of what a one-core server spends beyond the kernel's own work. Nothing on this site's
/// request path blocks on I/O (pages and feeds come from memory, files are sent asynchronously), which is
/// what makes that safe; turn it off if you add a log sink or middleware that does, or when the server
/// shares its process with other socket users (the browser tests host it beside Playwright).
/// </summary>
internal static class ServerTuning
{
    private const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static WebApplicationBuilder TuneServer(this WebApplicationBuilder builder)
    {
        var inline = builder.Configuration.GetValue<bool?>($"{BlogOptions.Section}:{nameof(BlogOptions.InlineScheduling)}") ?? true;

        // Read once by the runtime when the first socket is made, which is after this point; an operator's
        // own setting of the variable wins.
        if (inline && Environment.GetEnvironmentVariable(InlineCompletions) is null)
        {
            Environment.SetEnvironmentVariable(InlineCompletions, "1");
        }

        builder.Services.Configure<SocketTransportOptions>(options =>
        {
            options.UnsafePreferInlineScheduling = inline;

            // A buffer per connection from the start saves an empty read (one system call) per request.
            options.WaitForDataBeforeAllocatingBuffer = false;
        });

        // Names the server software to every client for no benefit.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }
}
