namespace Blog.Caching;

/// <summary>The codings a cached page is kept in, best first.</summary>
internal enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}

/// <summary>
/// Picks the best coding a request's <c>Accept-Encoding</c> allows (RFC 9110, section 12.5.3). The plain
/// body is always available: a client that refuses it gets it anyway rather than an error.
/// </summary>
internal static class ContentCodings
{
    /// <param name="brotliReady">False while a page's brotli body is still being made: the next best is chosen.</param>
    public static ContentCoding Choose(string? acceptEncoding, bool brotliReady = true)
    {
        if (string.IsNullOrEmpty(acceptEncoding))
        {
            return ContentCoding.Identity;
        }

        double brotli = 0, gzip = 0, any = -1;
        bool namedBrotli = false, namedGzip = false;
        foreach (var range in acceptEncoding.AsSpan().Split(','))
        {
            var item = acceptEncoding.AsSpan()[range].Trim();
            var semicolon = item.IndexOf(';');
            var name = (semicolon < 0 ? item : item[..semicolon]).Trim();
            var quality = semicolon < 0 ? 1 : Quality(item[(semicolon + 1)..]);
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                (brotli, namedBrotli) = (quality, true);
            }
            else if (name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                (gzip, namedGzip) = (quality, true);
            }
            else if (name.Equals("*", StringComparison.Ordinal))
            {
                any = quality;
            }
        }

        // "*" stands for every coding the request did not name.
        if (any >= 0)
        {
            brotli = namedBrotli ? brotli : any;
            gzip = namedGzip ? gzip : any;
        }

        if (brotliReady && brotli > 0 && brotli >= gzip)
        {
            return ContentCoding.Brotli;
        }

        return gzip > 0 ? ContentCoding.Gzip : ContentCoding.Identity;
    }

    private static double Quality(ReadOnlySpan<char> parameters)
    {
        var trimmed = parameters.Trim();
        if (!trimmed.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return double.TryParse(trimmed[2..], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var q)
            ? Math.Clamp(q, 0, 1)
            : 0;
    }
}
