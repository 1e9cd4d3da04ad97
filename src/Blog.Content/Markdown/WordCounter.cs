using Markdig.Syntax;

namespace Blog.Content.Markdown;

/// <summary>Counts the words a reader reads: paragraph and heading text, and the code they look at.</summary>
internal static class WordCounter
{
    public static int Count(MarkdownDocument document)
    {
        var words = 0;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            words += block switch
            {
                CodeBlock code => CountWords(code.Lines.ToString()),
                _ => CountWords(InlineText.Of(block)),
            };
        }

        return words;
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
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
