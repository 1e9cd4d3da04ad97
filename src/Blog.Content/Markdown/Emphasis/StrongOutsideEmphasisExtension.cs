using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Emphasis;

/// <summary>
/// <c>***both***</c> is emphasis inside strong emphasis in pandoc (<c>&lt;strong&gt;&lt;em&gt;</c>) and
/// the other way round in CommonMark: the blog nests them as pandoc does, which readers see the same
/// and styles and text extraction treat as pandoc's.
/// </summary>
internal sealed class StrongOutsideEmphasisExtension : DocumentPassExtension
{
    protected override PassOrder Order => PassOrder.StrongOutsideEmphasis;

    protected override void Process(ParsedDocument document)
    {
        // Only emphasis around emphasis can change; in reading order, as a swap may make the next one match.
        foreach (var outer in document.NestedEmphases)
        {
            if (outer.DelimiterCount == 1 && outer.FirstChild is EmphasisInline { DelimiterCount: 2 } inner
                && inner.NextSibling is null && inner.DelimiterChar == outer.DelimiterChar)
            {
                (outer.DelimiterCount, inner.DelimiterCount) = (2, 1);
            }
        }
    }
}
