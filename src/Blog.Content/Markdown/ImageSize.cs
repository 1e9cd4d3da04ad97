using System.Buffers.Binary;

namespace Blog.Content.Markdown;

/// <summary>
/// Reads a picture's width and height from the first bytes of its file (PNG, GIF, JPEG, WebP), so the
/// page can reserve its space before it loads. Anything else, or anything odd, gives no size.
/// </summary>
internal static class ImageSize
{
    public static (int Width, int Height)? Of(Stream stream)
    {
        Span<byte> head = stackalloc byte[30];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];

        if (read >= 24 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Sane(BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..]));
        }

        if (read >= 10 && head[..3].SequenceEqual("GIF"u8))
        {
            return Sane(BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
        }

        if (read >= 30 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(head);
        }

        if (read >= 2 && head[0] == 0xFF && head[1] == 0xD8)
        {
            stream.Position = 2;
            return Jpeg(stream);
        }

        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> head)
    {
        var chunk = head[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Sane(1 + (head[24] | head[25] << 8 | head[26] << 16), 1 + (head[27] | head[28] << 8 | head[29] << 16));
        }

        if (chunk.SequenceEqual("VP8 "u8))
        {
            return Sane(BinaryPrimitives.ReadUInt16LittleEndian(head[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(head[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(head[21..]);
            return Sane((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        return null;
    }

    /// <summary>Walks JPEG segments to the frame header (SOF0–SOF15, not DHT, JPG or DAC).</summary>
    private static (int, int)? Jpeg(Stream stream)
    {
        Span<byte> segment = stackalloc byte[9];
        for (var guard = 0; guard < 256; guard++)
        {
            if (stream.ReadAtLeast(segment[..4], 4, throwOnEndOfStream: false) < 4 || segment[0] != 0xFF)
            {
                return null;
            }

            var marker = segment[1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(segment[2..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (stream.ReadAtLeast(segment[..5], 5, throwOnEndOfStream: false) < 5)
                {
                    return null;
                }

                return Sane(BinaryPrimitives.ReadUInt16BigEndian(segment[3..]), BinaryPrimitives.ReadUInt16BigEndian(segment[1..]));
            }

            stream.Seek(length - 2, SeekOrigin.Current);
        }

        return null;
    }

    private static (int, int)? Sane(int width, int height) =>
        width is > 0 and <= 50_000 && height is > 0 and <= 50_000 ? (width, height) : null;
}
