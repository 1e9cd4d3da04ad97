using Blog.Content.Posts;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Posts;

public sealed class PostDateTests
{
    [Theory]
    [InlineData("2025-07-29", "2025-07-29")]
    [InlineData("2025-7-9", "2025-07-09")]
    [InlineData("2025/07/29", "2025-07-29")]
    [InlineData("2025-07-29T21:30:00+07:00", "2025-07-29T21:30:00+07:00")]
    // The forms pandoc normalises into its dcterms.date (pandoc 2.17 gives the same days).
    [InlineData("04/02/2018", "2018-04-02")]
    [InlineData("4/2/2018", "2018-04-02")]
    [InlineData("Apr. 02, 2018", "2018-04-02")]
    [InlineData("April 2, 2018", "2018-04-02")]
    [InlineData("2 April 2018", "2018-04-02")]
    [InlineData("20180402", "2018-04-02")]
    [InlineData("2018", "2018-01-01")]
    public void Dates_are_read_in_the_forms_authors_write(string text, string iso)
    {
        Assert.True(PostDate.TryParse(text, out var date));
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("2025-13-45")]
    [InlineData("")]
    public void Text_that_is_not_a_date_is_refused(string text) =>
        Assert.False(PostDate.TryParse(text, out _));

    [Fact]
    public void A_date_with_a_time_keeps_the_authors_own_day()
    {
        Assert.True(PostDate.TryParse("2025-07-29T23:30:00-05:00", out var date));

        Assert.Equal(new DateOnly(2025, 7, 29), date.Day);
    }

    [Fact]
    public void A_file_name_prefix_that_is_not_a_real_date_is_part_of_the_slug()
    {
        var post = Parse.Post("Text.\n", "2025-13-45-odd.md");

        Assert.Null(post.Date);
        Assert.Equal("2025-13-45-odd", post.Slug);
    }

    [Fact]
    public void A_windows_file_with_a_byte_order_mark_parses_like_any_other()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("---\r\ntitle: \"Windows\"\r\ndate: 2025-01-02\r\n---\r\n\r\n## One\r\n\r\n## Two\r\n")];

        var post = new PostParser("en").Parse(bytes, "windows.md").Post;

        Assert.Equal("Windows", post.Main.Title);
        Assert.Equal(["One", "Two"], post.Main.Toc.Select(e => e.Text));
    }
}
