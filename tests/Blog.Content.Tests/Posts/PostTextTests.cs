using System.Text;
using Blog.Content.Posts;

namespace Blog.Content.Tests.Posts;

public sealed class PostTextTests
{
    [Fact]
    public void A_byte_order_mark_is_dropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: x\n---\n")];

        Assert.StartsWith("---", PostText.Decode(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\r\nb\r\n")]
    [InlineData("a\rb\r")]
    public void Windows_and_old_mac_line_endings_become_newlines(string text) =>
        Assert.Equal("a\nb\n", PostText.Decode(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Decomposed_vietnamese_is_composed() =>
        Assert.Equal("Việt", PostText.Decode(Encoding.UTF8.GetBytes("Vie\u0323\u0302t")));

    [Fact]
    public void Text_that_is_not_utf8_is_rejected_with_a_hint()
    {
        var latin1 = Encoding.Latin1.GetBytes("Tiêu đề: café");

        var error = Assert.Throws<PostFormatException>(() => PostText.Decode(latin1));

        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    public void An_empty_file_is_rejected(string text)
    {
        var error = Assert.Throws<PostFormatException>(() => PostText.Decode(Encoding.UTF8.GetBytes(text)));

        Assert.Equal("the file is empty", error.Message);
    }

    [Fact]
    public void A_binary_file_is_rejected()
    {
        var error = Assert.Throws<PostFormatException>(() => PostText.Decode(Encoding.UTF8.GetBytes("PK\0\0 archive")));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }
}
