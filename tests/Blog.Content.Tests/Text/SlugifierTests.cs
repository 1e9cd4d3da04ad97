using Blog.Content.Text;

namespace Blog.Content.Tests.Text;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Understanding Distributed Systems", "understanding-distributed-systems")]
    [InlineData("Hệ thống phân tán", "he-thong-phan-tan")]
    [InlineData("Đường đi của dữ liệu", "duong-di-cua-du-lieu")]
    [InlineData("  C# & .NET -- tips!  ", "c-net-tips")]
    [InlineData("Crème brûlée", "creme-brulee")]
    [InlineData("2025 in review", "2025-in-review")]
    public void Slugs_are_lower_case_ascii_with_single_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slugifier.Slugify(text));

    [Fact]
    public void Text_without_latin_letters_or_digits_gives_an_empty_slug() =>
        Assert.Equal(string.Empty, Slugifier.Slugify("日本語"));
}
