using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Figures;

/// <summary>
/// A picture alone in its paragraph, shown as a figure captioned with its alt text. A leaf that takes
/// over the paragraph's inlines, so whatever reads a body's text (word count, search) reads the
/// caption, and whatever rewrites pictures (<see cref="LazyImages"/>) finds this one; it is not a
/// paragraph, so it is never taken for a post's first paragraph.
/// </summary>
internal sealed class ImplicitFigure : LeafBlock
{
    public ImplicitFigure(ParagraphBlock paragraph, LinkInline image)
        : base(null)
    {
        Image = image;
        var inlines = paragraph.Inline;
        paragraph.Inline = null;
        Inline = inlines;
        Span = paragraph.Span;
        Line = paragraph.Line;
        Column = paragraph.Column;
        if (paragraph.TryGetAttributes() is { } attributes)
        {
            this.SetAttributes(attributes);
        }
    }

    public LinkInline Image { get; }
}
