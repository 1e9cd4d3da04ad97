using Blog.Content.FrontMatter;
using Blog.Content.Posts;

namespace Blog.Content.Tests.FrontMatter;

public sealed class FrontMatterReaderTests
{
    private static PostFrontMatter Read(string yaml) => FrontMatterReader.Read(yaml, firstLine: 2);

    [Fact]
    public void Pandoc_keys_are_read_with_their_meaning()
    {
        var matter = Read("""
            title-prefix: "notes.example"
            title: "Queues"
            subtitle: "Why"
            date: "2025-07-29"
            date-meta: "29 July 2025"
            author: "Minh"
            author-url: "https://example.org/minh"
            author-meta: "Minh Nguyen"
            lang: "vi"
            toc-title: "Mục lục"
            keywords: "queues, distributed systems,  messaging "
            description-meta: "About queues"
            slug: "my-queues"
            draft: true
            toc: false
            """);

        Assert.Equal("notes.example", matter.TitlePrefix);
        Assert.Equal("Queues", matter.Title);
        Assert.Equal("Why", matter.Subtitle);
        Assert.Equal(new DateOnly(2025, 7, 29), matter.Date!.Value.Day);
        Assert.Equal("29 July 2025", matter.DateMeta);
        Assert.Equal("Minh", matter.Author);
        Assert.Equal("https://example.org/minh", matter.AuthorUrl);
        Assert.Equal("Minh Nguyen", matter.AuthorMeta);
        Assert.Equal("vi", matter.Lang);
        Assert.Equal("Mục lục", matter.TocTitle);
        Assert.Equal(["queues", "distributed systems", "messaging"], matter.Keywords);
        Assert.Equal("About queues", matter.DescriptionMeta);
        Assert.Equal("my-queues", matter.Slug);
        Assert.True(matter.Draft);
        Assert.False(matter.Toc);
    }

    [Fact]
    public void Keywords_may_be_a_yaml_list_and_authors_a_list()
    {
        var matter = Read("""
            keywords:
              - queues
              - messaging
            author: [Minh, Lan]
            """);

        Assert.Equal(["queues", "messaging"], matter.Keywords);
        Assert.Equal("Minh, Lan", matter.Author);
    }

    [Fact]
    public void Missing_keys_take_their_defaults_and_pandoc_keys_this_blog_does_not_use_pass_silently()
    {
        var matter = Read("""
            header-includes: "<style></style>"
            classoption: [a4paper, twocolumn]
            """);

        Assert.Null(matter.Title);
        Assert.Null(matter.Date);
        Assert.False(matter.Draft);
        Assert.True(matter.Toc);
        Assert.Empty(matter.Keywords);
        Assert.Empty(matter.Warnings);
    }

    [Fact]
    public void A_date_with_a_time_is_an_instant()
    {
        var matter = Read("date: 2025-07-29T21:30:00+07:00");

        Assert.True(matter.Date!.Value.HasTime);
        Assert.Equal(new DateTimeOffset(2025, 7, 29, 14, 30, 0, TimeSpan.Zero), matter.Date.Value.Instant);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line_and_column_in_the_file()
    {
        var error = Assert.Throws<PostFormatException>(() => Read("subtitle: ok\ntitle: Queues: a colon\n"));

        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Equal(14, error.Column);
    }

    [Theory]
    [InlineData("- a\n- b\n", "list")]
    [InlineData("just a sentence\n", "single value")]
    public void Front_matter_that_is_not_a_map_is_rejected(string yaml, string shape)
    {
        var error = Assert.Throws<PostFormatException>(() => Read(yaml));

        Assert.Contains(shape, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("date: [1, 2]\n", "'date' must be a single text value", 2)]
    [InlineData("title: ok\ndraft: \"maybe\"\n", "'draft' must be true or false, but it is 'maybe'", 3)]
    [InlineData("title: {a: b}\n", "'title' must be a single text value, but it is a mapping", 2)]
    public void Wrong_types_name_the_key_and_the_line(string yaml, string message, int line)
    {
        var error = Assert.Throws<PostFormatException>(() => Read(yaml));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_date_that_cannot_be_read_is_kept_as_text_with_a_warning_naming_its_line()
    {
        var matter = Read("title: x\ndate: next tuesday\n");

        Assert.Null(matter.Date);
        Assert.Equal("next tuesday", matter.DateText);
        var warning = Assert.Single(matter.Warnings);
        Assert.Contains("'date: next tuesday' is not a date", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, warning.Line);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/about")]
    public void An_author_url_that_is_not_a_web_or_mail_address_is_dropped_with_a_warning(string url)
    {
        var matter = Read($"author-url: \"{url}\"\n");

        Assert.Null(matter.AuthorUrl);
        Assert.Equal(2, Assert.Single(matter.Warnings).Line);
    }

    [Fact]
    public void A_duplicated_key_is_an_error()
    {
        var error = Assert.Throws<PostFormatException>(() => Read("title: a\ntitle: b\n"));

        Assert.Equal(3, error.Line);
    }
}
