using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Spans;

/// <summary>pandoc's bracketed span, <c>[text]{.class}</c>: its text, with attributes and no meaning of its own.</summary>
internal sealed class SpanInline : ContainerInline
{
    /// <summary>The <c>{…}</c> as written, for writing the span back as text.</summary>
    public required string AttributeText { get; init; }
}
