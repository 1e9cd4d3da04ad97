using System.Buffers;
using System.Text;

namespace Blog.Routing;

/// <summary>
/// An address built from what a request brought (its query, a parameter), made fit for a
/// <c>Location</c> header. Kestrel refuses to send a header holding a control character or anything
/// outside ASCII, and the request then fails with a 500; a request can bring both, raw in its query
/// (<c>?q=a\x01b</c>) or percent-decoded from a parameter (<c>back=/%C3%A9</c>). Each character a URL
/// may not hold is percent-encoded as UTF-8, which is what a browser does itself, so the address still
/// names the same page. Escapes already there (<c>%2F</c>) are kept as they are.
/// </summary>
internal static class HeaderSafeUrl
{
    // RFC 3986's unreserved and reserved characters, and '%' so that existing escapes stay single.
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%");

    private const string HexDigits = "0123456789ABCDEF";

    public static string Encode(string url)
    {
        var first = url.AsSpan().IndexOfAnyExcept(Allowed);
        if (first < 0)
        {
            return url;
        }

        var encoded = new StringBuilder(url.Length + 16).Append(url, 0, first);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = first; i < url.Length; i++)
        {
            if (Allowed.Contains(url[i]))
            {
                encoded.Append(url[i]);
                continue;
            }

            // A surrogate pair is one character; a lone surrogate has no UTF-8 form and becomes U+FFFD.
            var rune = Rune.TryGetRuneAt(url, i, out var found) ? found : Rune.ReplacementChar;
            i += rune.Utf16SequenceLength - 1;
            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                encoded.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return encoded.ToString();
    }
}
