using Markdig.Syntax;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc's table caption (<c>Table: text</c> or <c>: text</c>, a paragraph just before or after the
/// table), kept as the table's first child so that every pass over the document's text still sees it.
/// </summary>
internal sealed class TableCaption : LeafBlock
{
    public TableCaption()
        : base(null)
    {
    }
}
