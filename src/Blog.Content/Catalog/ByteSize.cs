using System.Globalization;

namespace Blog.Content.Catalog;

/// <summary>
/// Sizes in the words an author uses, counted in 1,024s as file managers do, with the exact count
/// beside them, since a file "4 MB" in size may still be over a 4 MB limit: "4 MB (4,194,304 bytes)".
/// </summary>
internal static class ByteSize
{
    private static readonly string[] Units = ["bytes", "KB", "MB", "GB", "TB"];

    public static string Describe(long bytes)
    {
        double size = bytes;
        var unit = 0;
        while (size >= 1024 && unit < Units.Length - 1)
        {
            size /= 1024;
            unit++;
        }

        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(size, 1):0.#} {Units[unit]} ({bytes:N0} bytes)");
    }
}
