using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// Reads a post file whole, within a limit. The size the folder listing gave decides before the file is
/// opened: a file over the limit is never read, and a file listed as empty is never opened, because a
/// pipe or a device also lists as 0 bytes and opening one would wait forever. The read itself stops one
/// byte past the limit, since the file may have grown after it was listed.
/// </summary>
internal static class PostFileReader
{
    private static readonly TimeSpan[] ReadRetries = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(400)];

    /// <exception cref="PostFormatException">The file is empty or larger than <paramref name="maxBytes"/>.</exception>
    /// <exception cref="IOException">The file could not be read, even after a few tries.</exception>
    public static ArraySegment<byte> Read(string path, long listedLength, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        if (listedLength == 0)
        {
            throw new PostFormatException("the file is empty (or is not a regular file, such as a pipe, so it was not opened)");
        }

        if (listedLength > maxBytes)
        {
            throw TooLarge(ByteSize.Describe(listedLength), maxBytes);
        }

        // An editor may still hold the file, or be half way through writing it: try again shortly before
        // calling it unreadable.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return ReadBounded(path, listedLength, maxBytes);
            }
            catch (IOException) when (attempt < ReadRetries.Length && File.Exists(path))
            {
                Thread.Sleep(ReadRetries[attempt]);
            }
        }
    }

    private static ArraySegment<byte> ReadBounded(string path, long listedLength, long maxBytes)
    {
        // One byte more than the limit is enough to tell that the file is over it.
        var cap = (int)Math.Min(maxBytes, Array.MaxLength - 1) + 1;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var buffer = new byte[(int)Math.Min(listedLength + 1, cap)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length == cap)
                {
                    throw TooLarge($"more than {ByteSize.Describe(maxBytes)} (it grew while it was being read)", maxBytes);
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, cap));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                return new ArraySegment<byte>(buffer, 0, total);
            }

            total += read;
        }
    }

    private static PostFormatException TooLarge(string size, long maxBytes) => new(
        $"the file is {size}, more than the {ByteSize.Describe(maxBytes)} a post may be, so it was not read; "
        + "split it into several posts, or raise the limit with the setting Blog:MaxPostBytes");
}
