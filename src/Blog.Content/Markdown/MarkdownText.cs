using System.Buffers;
using Markdig.Syntax;

namespace Blog.Content.Markdown;

/// <summary>
/// Front matter values such as <c>title</c> may hold inline Markdown (<c>Using `git bisect`</c>);
/// pages show them as plain text, and compare them with headings as plain text.
/// </summary>
internal static class MarkdownText
{
    /// <summary>
    /// The ASCII characters that can mean something to Markdown or to smart punctuation (markup, quotes,
    /// dashes, dots, links, entities), and line breaks: a value with none of them reads as itself.
    /// </summary>
    private static readonly SearchValues<char> Meaningful = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F"
        + "\"#$&'*+-./<=>@[\\]^_`{|}~");

    public static string Plain(string inlineMarkdown) =>
        // Most titles and descriptions are words and spaces: parsing them with the whole pipeline (four
        // times a post) would only give them back.
        IsPlainAlready(inlineMarkdown) ? inlineMarkdown : Parsed(inlineMarkdown);

    private static bool IsPlainAlready(string value) =>
        value.Length > 0 && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]) && value.AsSpan().IndexOfAny(Meaningful) < 0;

    /// <summary>What the whole pipeline makes of the value, as plain text.</summary>
    internal static string Parsed(string inlineMarkdown)
    {
        var document = Markdig.Markdown.Parse(inlineMarkdown, BlogMarkdownPipeline.Instance);

        // Only inline formatting counts: "2025. A year" is a title, not a numbered list.
        return document is [ParagraphBlock paragraph] ? InlineText.Of(paragraph, keepRawHtml: true) : inlineMarkdown.Trim();
    }

    /// <summary>The text a reader sees in a heading.</summary>
    public static string Of(HeadingBlock heading) => InlineText.Of(heading, keepRawHtml: true);

    public static bool SameText(string headingText, string frontMatterValue) =>
        string.Equals(Collapse(headingText), Collapse(Plain(frontMatterValue)), StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
