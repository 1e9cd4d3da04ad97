using System.Text;

namespace Blog.BrowserTests.Support;

/// <summary>Posts long enough to scroll through, with the same sections in both languages.</summary>
internal static class BrowserPosts
{
    public static string LongBilingualPost { get; } = Build();

    /// <summary>The sample blog's post with math, a figure, a captioned table, divs and notes, in two language divs.</summary>
    public const string PandocSample = "2025-10-12-queueing-by-the-numbers.md";

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

    /// <summary>
    /// One subheading in each language (too few for a table of contents) and code far wider than any
    /// screen: the body's heading comes right after the title, and the code must scroll by keyboard.
    /// </summary>
    public const string WideCodePost = """
        ---
        title: "Wide code"
        lang: en
        translations:
          vi:
            title: "Mã rộng"
            slug: "ma-rong"
        ---

        ## English
        ### Setup
        One command does it.

        ```bash
        podman run --rm --name wide-code-example --env FIRST_SETTING=first-value --env SECOND_SETTING=second-value --volume /srv/wide-code/data:/data --publish 8080:8080 registry.example.org/wide-code:1.0
        ```

        ## Tiếng Việt
        ### Cài đặt
        Một lệnh là đủ.

        ```bash
        podman run --rm --name wide-code-example --env FIRST_SETTING=first-value --env SECOND_SETTING=second-value --volume /srv/wide-code/data:/data --publish 8080:8080 registry.example.org/wide-code:1.0
        ```
        """;

    /// <summary>Figures in both languages: captions with formatting, a link and a footnote mark, in a list and a quote.</summary>
    public const string FiguresPost = """
        ---
        title: "Pictures"
        lang: en
        translations:
          vi:
            title: "Hình ảnh"
            slug: "hinh-anh"
        ---

        ## English
        A post with pictures.

        ![A chart of the queue, *by hour*](/images/chart.png "Queue length")

        ![The source, from [its site](https://example.org/source)](/images/source.png)

        - ![A picture in a list](/images/list.png)
        - An item.

        > ![A quoted picture[^1]](/images/quote.png)

        A picture in the text ![icon](/images/icon.png), and one kept out of a figure:

        ![Kept inline](/images/inline.png)\

        [^1]: A note on the picture.

        ## Tiếng Việt
        Một bài có hình.

        ![Biểu đồ hàng đợi, *theo giờ*](/images/chart.png)

        > ![Hình được trích[^2]](/images/quote.png)

        [^2]: Ghi chú về hình.
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
