using Blog.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Tests.Support;

/// <summary>
/// The app on a real Kestrel port. The in-memory test server passes any header through, while Kestrel
/// refuses to send one with a control character or non-ASCII text (and the request fails): bugs of
/// that kind only show here.
/// </summary>
internal static class RealServer
{
    /// <returns>The server's address, e.g. <c>http://127.0.0.1:41234</c>.</returns>
    public static Uri StartOnRealPort(this BlogFactory factory)
    {
        // The test's own sockets share this process with the server: its handlers stay off the I/O threads.
        factory.With("Blog:InlineScheduling", "false");
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>A client for the real port that shows redirects and cookies as they were sent.</summary>
    public static HttpClient RealClient(Uri server) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = server };
}
