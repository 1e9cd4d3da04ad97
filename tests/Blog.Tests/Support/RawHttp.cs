using System.Net.Sockets;
using System.Text;

namespace Blog.Tests.Support;

/// <summary>
/// A request written byte for byte on a socket, for what no HTTP client sends: a raw control byte in the
/// request target, say, where a client would percent-encode it or refuse.
/// </summary>
internal static class RawHttp
{
    /// <param name="target">The request target exactly as it goes on the wire (Latin-1, one byte per character).</param>
    public static async Task<RawResponse> Get(Uri server, string target)
    {
        using var tcp = new TcpClient();
        var token = TestContext.Current.CancellationToken;
        await tcp.ConnectAsync(server.Host, server.Port, token);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), token);

        // Connection: close, so the answer ends where the stream does.
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, token);
        var text = Encoding.Latin1.GetString(answer.ToArray());
        var head = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n");
        var headers = head[1..]
            .Select(line => line.Split(':', 2))
            .ToLookup(pair => pair[0], pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new RawResponse(int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers);
    }
}

/// <summary>The status and headers of a raw answer; the body is not needed by the tests that use it.</summary>
internal sealed record RawResponse(int Status, ILookup<string, string> Headers)
{
    public string? Location => Headers["Location"].SingleOrDefault();
}
