using Blog.Content.Posts;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Posts;

public sealed class PostParserTests
{
    [Fact]
    public void Front_matter_gives_title_subtitle_author_date_and_tags()
    {
        var post = Parse.Post(Samples.BilingualPost, "understanding-message-queues.md");

        Assert.Equal("Understanding Message Queues", post.Main.Title);
        Assert.Equal("Why services talk through a queue.", post.Main.Subtitle);
        Assert.Equal("Minh", post.Author);
        Assert.Equal("https://example.org/minh", post.AuthorUrl);
        Assert.Equal(new DateOnly(2025, 7, 29), post.Date!.Value.Day);
        Assert.Equal(["queues", "distributed-systems", "messaging"], post.Main.Tags.Select(t => t.Slug));
        Assert.Equal("distributed systems", post.Main.Tags[1].Name);
        Assert.Equal("notes.example", post.Meta.TitlePrefix);
        Assert.Equal("Minh Nguyen", post.Meta.Author);
    }

    [Fact]
    public void A_missing_title_comes_from_the_first_heading_and_is_not_repeated_in_the_body()
    {
        var post = Parse.Post("# Title From Heading\n\nText.\n");

        Assert.Equal("Title From Heading", post.Main.Title);
        Assert.Empty(Html.Parse(post.Main.Html).QuerySelectorAll("h1"));
    }

    [Fact]
    public void Without_title_or_heading_the_file_name_is_the_title()
    {
        var post = Parse.Post("Only text.\n", "2024-02-03-notes-on-tools.md");

        Assert.Equal("notes on tools", post.Main.Title);
    }

    [Fact]
    public void A_first_heading_that_differs_from_the_title_is_content()
    {
        var post = Parse.Post("---\ntitle: Front Title\n---\n\n# Another Heading\n\nText.\n");

        Assert.Equal("Front Title", post.Main.Title);
        Assert.Equal("Another Heading", Html.Parse(post.Main.Html).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Date_and_slug_come_from_the_file_name_when_front_matter_has_none()
    {
        var post = Parse.Post("---\ntitle: x\n---\nText.\n", "2024-02-03-Hệ-thống-phân-tán.md");

        Assert.Equal(new DateOnly(2024, 2, 3), post.Date!.Value.Day);
        Assert.Equal("he-thong-phan-tan", post.Slug);
    }

    [Fact]
    public void The_slug_key_overrides_the_file_name()
    {
        var post = Parse.Post("---\ntitle: x\nslug: Custom Address\n---\nText.\n", "2024-02-03-whatever.md");

        Assert.Equal("custom-address", post.Slug);
    }

    [Fact]
    public void A_file_name_without_date_or_latin_letters_still_gets_a_stable_slug()
    {
        var first = Parse.Post("Text.\n", "ブログ.md");
        var second = Parse.Post("Other text.\n", "ブログ.md");

        Assert.Null(first.Date);
        Assert.StartsWith("post-", first.Slug, StringComparison.Ordinal);
        Assert.Equal(first.Slug, second.Slug);
    }

    [Fact]
    public void Headings_get_pandoc_ids_counted_across_the_whole_file()
    {
        var post = Parse.Post("""
            ---
            title: Ids
            lang: en
            ---

            ## English
            ### Introduction
            ### Tiếng Việt có dấu

            ## Tiếng Việt
            ### Introduction
            """);

        var english = Html.Parse(post.In("en")!.Html).QuerySelectorAll("h2").Select(h => h.Id);
        var vietnamese = Html.Parse(post.In("vi")!.Html).QuerySelectorAll("h2").Select(h => h.Id);

        Assert.Equal(["introduction", "tiếng-việt-có-dấu"], english);
        Assert.Equal(["introduction-1"], vietnamese);
    }

    [Fact]
    public void An_explicit_id_is_kept()
    {
        var post = Parse.Post("## Setup {#install}\n\n## Usage\n");

        Assert.Equal(["install", "usage"], Html.Parse(post.Main.Html).QuerySelectorAll("h2").Select(h => h.Id));
    }

    [Fact]
    public void The_toc_nests_the_headings_of_the_language_shown()
    {
        var post = Parse.Post(Samples.BilingualPost);

        var english = post.In("en")!;
        Assert.Equal("Contents", english.TocTitle);
        Assert.Equal(["Producers", "Consumers"], english.Toc.Select(e => e.Text));
        Assert.Equal("producers", english.Toc[0].Id);
        Assert.Equal("Batching", Assert.Single(english.Toc[0].Children).Text);

        var vietnamese = post.In("vi")!;
        Assert.Null(vietnamese.TocTitle);
        Assert.Equal(["Bên gửi", "Bên nhận"], vietnamese.Toc.Select(e => e.Text));
        Assert.Equal("bên-gửi", vietnamese.Toc[0].Id);
    }

    [Fact]
    public void Toc_entries_link_to_headings_that_exist_in_the_body()
    {
        var post = Parse.Post(Samples.BilingualPost);

        foreach (var translation in post.Translations)
        {
            var ids = Html.Parse(translation.Html).QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet();
            var tocIds = Flatten(translation.Toc).Select(e => e.Id).ToList();
            Assert.NotEmpty(tocIds);
            Assert.All(tocIds, id => Assert.Contains(id, ids));
        }
    }

    [Fact]
    public void A_toc_with_fewer_than_two_entries_is_left_out()
    {
        var post = Parse.Post("## Only one\n\nText.\n");

        Assert.Empty(post.Main.Toc);
    }

    [Fact]
    public void Toc_false_turns_the_toc_off()
    {
        var post = Parse.Post("---\ntoc: false\n---\n## One\n## Two\n## Three\n");

        Assert.Empty(post.Main.Toc);
    }

    [Fact]
    public void Reading_time_rounds_up_words_at_the_reading_speed()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", (PostParser.WordsPerMinute * 2) + 1));

        var post = Parse.Post($"---\ntitle: Long\n---\n\n{words}\n");

        Assert.Equal((PostParser.WordsPerMinute * 2) + 1, post.Main.WordCount);
        Assert.Equal(3, post.Main.ReadingMinutes);
    }

    [Fact]
    public void Markdown_extensions_render_tables_footnotes_task_lists_and_definition_lists()
    {
        var post = Parse.Post("""
            | a | b |
            |---|---|
            | 1 | 2 |

            Text with a note.[^1]

            - [x] done
            - [ ] open

            Term
            : Definition

            Visit https://example.org now.

            [^1]: The note.
            """);

        var body = Html.Parse(post.Main.Html);
        Assert.Equal(2, body.QuerySelectorAll("table td").Length);
        Assert.NotNull(body.QuerySelector("a.footnote-ref"));
        Assert.Equal(2, body.QuerySelectorAll("input[type=checkbox]").Length);
        Assert.Equal("Definition", body.QuerySelector("dl dd")!.TextContent.Trim());
        Assert.Equal("https://example.org", body.QuerySelector("p a[href^='https']")!.GetAttribute("href"));
    }

    [Fact]
    public void A_lang_that_is_not_a_language_tag_is_an_error()
    {
        var error = Assert.Throws<PostFormatException>(() => Parse.Post("---\nlang: \"../../etc\"\n---\nText.\n"));

        Assert.Contains("not a language tag", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<TocEntry> Flatten(IEnumerable<TocEntry> entries) =>
        entries.SelectMany(e => Flatten(e.Children).Prepend(e));
}
