using Markdig.Syntax;

namespace Blog.Content.Markdown;

/// <summary>
/// Front matter values such as <c>title</c> may hold inline Markdown (<c>Using `git bisect`</c>);
/// pages show them as plain text, and compare them with headings as plain text.
/// </summary>
internal static class MarkdownText
{
    public static string Plain(string inlineMarkdown)
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
