using System.Text;

namespace Blog.Content.Posts;

/// <summary>
/// Turns a file's bytes into the text the parser sees: strict UTF-8 (a byte-order mark is allowed
/// and dropped), line endings made <c>\n</c>, and Unicode composed (NFC) so that the same letter
/// typed on two keyboards gives the same heading id.
/// </summary>
internal static class PostText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new PostFormatException(
                $"the file is not UTF-8 text (invalid byte at offset {ex.Index}); save it as UTF-8", inner: ex);
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new PostFormatException("the file contains a NUL character, so it is binary, not Markdown text", LineOf(text, nul));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PostFormatException("the file is empty");
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
