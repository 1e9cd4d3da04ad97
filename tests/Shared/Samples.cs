namespace Blog.Testing;

/// <summary>
/// Posts shaped like the format reference: pandoc front matter, a repeated title and subtitle,
/// then the same text under "## English" and "## Tiếng Việt" separated by "---". The prose is ours.
/// </summary>
internal static class Samples
{
    public const string BilingualPost = """
        ---
        title-prefix: "notes.example"
        title: "Understanding Message Queues"
        subtitle: "Why services talk through a queue."
        date: "2025-07-29"
        date-meta: "2025-07-29"
        author: "Minh"
        author-url: "https://example.org/minh"
        author-meta: "Minh Nguyen"
        lang: "en"
        toc-title: "Contents"
        keywords: "queues, distributed systems, messaging"
        description-meta: "notes.example - Understanding Message Queues - why services talk through a queue."
        ---

        # Understanding Message Queues
        ## Why services talk through a queue.

        ## English
        A queue lets one service hand work to another without waiting for it.

        ### Producers
        A producer puts messages on the queue.

        #### Batching
        Producers often send messages in batches.

        ### Consumers
        A consumer takes messages off the queue, one at a time.

        ---

        ## Tiếng Việt
        Hàng đợi cho phép một dịch vụ giao việc cho dịch vụ khác mà không phải chờ.

        ### Bên gửi
        Bên gửi đặt tin nhắn vào hàng đợi.

        #### Gửi theo lô
        Bên gửi thường gửi tin nhắn theo lô.

        ### Bên nhận
        Bên nhận lấy tin nhắn ra khỏi hàng đợi, từng cái một.

        ---
        """;

    public static string SingleLanguagePost(string title, string date, string lang = "en", string extra = "") => $"""
        ---
        title: "{title}"
        date: "{date}"
        lang: "{lang}"
        {extra}
        ---

        Some text about {title}.
        """;

    /// <summary>A post "Big" of at least <paramref name="characters"/> characters: a page far larger than socket buffers.</summary>
    public static string BigPost(int characters)
    {
        var big = new System.Text.StringBuilder("---\ntitle: Big\n---\n\n");
        while (big.Length < characters)
        {
            big.Append("A paragraph long enough to fill the socket buffers many times over.\n\n");
        }

        return big.ToString();
    }
}
