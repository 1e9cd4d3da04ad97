namespace Blog.Routing;

/// <summary>
/// A query string that may go into a <c>Location</c> header. Kestrel sends the query as the client wrote
/// it, raw bytes included; a header may carry only visible ASCII, so anything else is percent-encoded
/// (a control byte or a non-ASCII letter would otherwise fail the response).
/// </summary>
internal static class SafeQuery
{
    public static string Of(QueryString query)
    {
        var value = query.Value;
        if (string.IsNullOrEmpty(value) || !value.AsSpan().ContainsAnyExceptInRange('!', '~'))
        {
            return value ?? string.Empty;
        }

        var builder = new System.Text.StringBuilder(value.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is >= '!' and <= '~')
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
