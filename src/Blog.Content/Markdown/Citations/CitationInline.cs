using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Citations;

/// <summary>A citation as written (<c>[see @doe99, p. 33]</c> or <c>@doe99</c>) and the keys it cites.</summary>
internal sealed class CitationInline(string text, IReadOnlyList<string> keys) : LeafInline
{
    public string Text { get; } = text;

    public IReadOnlyList<string> Keys { get; } = keys;
}
