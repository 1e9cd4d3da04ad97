using Blog.Content.Markdown;

namespace Blog.Content.Tests.Markdown;

/// <summary>
/// Front matter text as plain text: values with nothing Markdown or smart punctuation would change skip
/// the parse, and must read exactly as the parse would give them.
/// </summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("Understanding Distributed Systems")]
    [InlineData("Hàng đợi qua những con số")]
    [InlineData("Why (and when) to cache: a guide")]
    [InlineData("2025) A year in review")]
    [InlineData("(a) first steps")]
    [InlineData("100% done, really?")]
    [InlineData("Chào bạn! Thế nào?")]
    [InlineData("Ellipsis… and “curly” quotes already typed")]
    [InlineData("Two  spaces  inside")]
    [InlineData(": a colon first")]
    public void Plain_values_read_as_the_pipeline_reads_them(string value)
    {
        Assert.Equal(MarkdownText.Parsed(value), MarkdownText.Plain(value));
    }

    [Theory]
    [InlineData("Don't panic -- it's \"fine\"...", "Don\u2019t panic \u2013 it\u2019s \u201Cfine\u201D\u2026")]
    [InlineData("Using `git bisect`", "Using git bisect")]
    [InlineData("  padded title  ", "padded title")]
    [InlineData("Mr. Smith", "Mr.\u00A0Smith")]
    public void Values_with_markup_or_punctuation_are_parsed(string value, string expected)
    {
        Assert.Equal(expected, MarkdownText.Plain(value));
    }
}
