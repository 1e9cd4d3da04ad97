using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Posts;

/// <summary>Front matter values for one language under <c>translations:</c>.</summary>
public sealed class PostParserTranslationTests
{
    private const string Post = """
        ---
        title: "Message Queues"
        subtitle: "Why services talk through a queue."
        description-meta: "About queues."
        toc-title: "In this post"
        keywords: "queues, messaging"
        lang: en
        translations:
          vi:
            title: "Hàng đợi tin nhắn"
            subtitle: "Vì sao các dịch vụ nói chuyện qua hàng đợi."
            description-meta: "Về hàng đợi."
            toc-title: "Trong bài"
            keywords: [hàng đợi, nhắn tin]
            slug: "hang-doi-tin-nhan"
        ---

        ## English
        ### One
        ### Two

        ## Tiếng Việt
        ### Một
        ### Hai
        """;

    [Fact]
    public void Each_language_takes_its_own_values()
    {
        var post = Parse.Post(Post, "message-queues.md");

        var vi = post.In("vi")!;
        Assert.Equal("Hàng đợi tin nhắn", vi.Title);
        Assert.Equal("vi", vi.TitleTag);
        Assert.Equal("Vì sao các dịch vụ nói chuyện qua hàng đợi.", vi.Subtitle);
        Assert.Equal("Về hàng đợi.", vi.Description);
        Assert.Equal("Trong bài", vi.TocTitle);
        Assert.Equal(["hang-doi", "nhan-tin"], vi.Tags.Select(t => t.Slug));
        Assert.Equal("hang-doi-tin-nhan", vi.Slug);
    }

    [Fact]
    public void Pandoc_keys_stay_the_main_language_values()
    {
        var post = Parse.Post(Post, "message-queues.md");

        var en = post.In("en")!;
        Assert.Equal("Message Queues", en.Title);
        Assert.Equal("About queues.", en.Description);
        Assert.Equal("In this post", en.TocTitle);
        Assert.Equal(["queues", "messaging"], en.Tags.Select(t => t.Slug));
        Assert.Equal("message-queues", en.Slug);
        Assert.Equal("message-queues", post.Slug);
    }

    [Fact]
    public void A_language_without_its_own_values_uses_the_main_ones_marked_as_such()
    {
        var post = Parse.Post("""
            ---
            title: "Queues"
            subtitle: "Why."
            description-meta: "About queues."
            lang: en
            ---

            ## English
            Text.

            ## Tiếng Việt
            Chữ.
            """);

        var vi = post.In("vi")!;
        Assert.Equal("Queues", vi.Title);
        Assert.Equal("en", vi.TitleTag);
        Assert.Equal("en", vi.SubtitleTag);
        Assert.Null(vi.TocTitle);
        Assert.Equal(post.Slug, vi.Slug);
    }

    [Fact]
    public void A_language_without_its_own_description_is_described_by_its_own_first_paragraph_not_the_main_subtitle()
    {
        var result = Parse.Result("""
            ---
            title: "Queues"
            subtitle: "Why."
            lang: en
            ---

            ## English
            Text.

            ## Tiếng Việt
            Chữ.
            """);

        var vi = result.Post.In("vi")!;
        Assert.Equal("Chữ.", vi.Description);
        Assert.Equal("vi", vi.DescriptionTag);
        Assert.Equal("Text.", result.Post.Main.Description);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_language_with_nothing_to_describe_it_borrows_the_main_description_with_a_warning()
    {
        var result = Parse.Result("""
            ---
            title: "Queues"
            subtitle: "Why."
            description-meta: "About queues."
            lang: en
            ---

            ## English
            Text.

            ## Tiếng Việt
            ```
            code
            ```
            """);

        var vi = result.Post.In("vi")!;
        Assert.Equal("About queues.", vi.Description);
        Assert.Equal("en", vi.DescriptionTag);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("translations.vi.description-meta", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_is_described_by_its_own_subtitle_when_it_has_no_other_words()
    {
        var post = Parse.Post("""
            ---
            title: "Queues"
            description-meta: "About queues."
            lang: en
            translations:
              vi:
                subtitle: "Vì sao."
            ---

            ## English
            Text.

            ## Tiếng Việt
            ```
            code
            ```
            """);

        Assert.Equal("Vì sao.", post.In("vi")!.Description);
    }

    [Fact]
    public void The_description_falls_back_from_description_meta_to_summary_to_subtitle()
    {
        Assert.Equal("Meta.", Parse.Post("---\ntitle: T\nsubtitle: Sub.\nsummary: Sum.\ndescription-meta: Meta.\n---\nText.\n").Main.Description);
        Assert.Equal("Sum.", Parse.Post("---\ntitle: T\nsubtitle: Sub.\nsummary: Sum.\n---\nText.\n").Main.Description);
        Assert.Equal("Text.", Parse.Post("---\ntitle: T\nsubtitle: Sub.\n---\nText.\n").Main.Description);
        Assert.Equal("Sub.", Parse.Post("---\ntitle: T\nsubtitle: Sub.\n---\n- a list\n").Main.Description);
    }

    [Fact]
    public void Values_for_a_language_the_file_lacks_are_reported()
    {
        var result = Parse.Result("---\ntitle: x\ntranslations:\n  fr:\n    title: Bonjour\n---\nText.\n");

        Assert.Contains(result.Warnings, w => w.Message.Contains("'fr'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("translations: [vi]\n", "'translations' must be a mapping")]
    [InlineData("translations:\n  xx-!!: {title: a}\n", "not a language tag")]
    [InlineData("translations:\n  vi: hello\n", "'translations.vi' must be a set of 'key: value' lines")]
    [InlineData("translations:\n  vi:\n    title: [a, b]\n", "'translations.vi.title' must be a single text value")]
    public void Malformed_translations_name_the_key(string yaml, string message)
    {
        var error = Assert.Throws<Blog.Content.Posts.PostFormatException>(() => Parse.Post($"---\n{yaml}---\nText.\n"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }
}
