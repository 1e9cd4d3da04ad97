using System.Text;

namespace Blog.BrowserTests.Support;

/// <summary>Posts long enough to scroll through, with the same sections in both languages.</summary>
internal static class BrowserPosts
{
    public static string LongBilingualPost { get; } = Build();

    public const string SecondBilingualPost = """
        ---
        title: "A second post"
        lang: en
        translations:
          vi:
            title: "Bài thứ hai"
        ---

        ## English
        Short English text.

        ```csharp
        var greeting = "hello, with a line long enough that it cannot fit on a phone screen at all";
        ```

        ## Tiếng Việt
        Đoạn tiếng Việt ngắn.

        ```csharp
        var greeting = "xin chào";
        var path = @"C:\thư mục";
        ```

        ```html
        <p class="greeting">Xin chào</p>
        ```
        """;

    private static string Build()
    {
        var text = new StringBuilder("""
            ---
            title: "Reading in two languages"
            subtitle: "A long post to switch languages in."
            description-meta: "A long English post."
            lang: en
            translations:
              vi:
                title: "Đọc bằng hai ngôn ngữ"
                subtitle: "Một bài dài để chuyển ngôn ngữ."
                description-meta: "Một bài tiếng Việt dài."
                slug: "doc-bang-hai-ngon-ngu"
            ---

            # Reading in two languages
            ## A long post to switch languages in.

            ## English

            """);
        AppendSections(text, "Section", "This paragraph fills the English section so that the page scrolls.", paragraphs: 6);
        text.Append("\n---\n\n## Tiếng Việt\n\n");
        // Shorter than the English sections, so landing on the same section takes more than luck.
        AppendSections(text, "Phần", "Đoạn văn này lấp đầy phần tiếng Việt để trang có thể cuộn.", paragraphs: 3);
        return text.ToString();
    }

    private static void AppendSections(StringBuilder text, string word, string sentence, int paragraphs)
    {
        for (var section = 1; section <= 5; section++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"### {word} {section}\n\n");
            for (var paragraph = 0; paragraph < paragraphs; paragraph++)
            {
                text.Append(string.Join(' ', Enumerable.Repeat(sentence, 4))).Append("\n\n");
            }
        }
    }
}
