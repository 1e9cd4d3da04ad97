namespace Blog.Content.Markdown;

/// <summary>Counts the words a reader reads: paragraph and heading text, and the code they look at.</summary>
internal static class WordCounter
{
    /// <summary>
    /// The words of a body's plain text (each leaf block's text, code as written, one block a line): a
    /// word never spans two blocks, so this is the sum over the blocks, without finding each block's
    /// text a second time.
    /// </summary>
    public static int Count(string plainText)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in plainText)
        {
            var isWordChar = !char.IsWhiteSpace(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }
}
