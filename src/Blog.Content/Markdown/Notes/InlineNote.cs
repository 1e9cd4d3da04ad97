using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Notes;

/// <summary>The text of a <c>^[…]</c> note while the paragraph is parsed; numbered into a footnote after.</summary>
internal sealed class InlineNote : ContainerInline
{
}
