using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown;

/// <summary>
/// The plain text of a heading or paragraph, as pandoc's <c>stringify</c> sees it: formatting and
/// links reduced to their text, footnote marks left out. Raw HTML is left out of ids, as pandoc does,
/// but kept as text where a reader sees it (a title that mentions <c>&lt;script&gt;</c> shows it).
/// </summary>
internal static class InlineText
{
    public static string Of(LeafBlock block, bool keepRawHtml = false)
    {
        if (block.Inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(block.Inline, builder, keepRawHtml);
        return builder.ToString().Trim();
    }

    private static void Append(ContainerInline container, StringBuilder builder, bool keepRawHtml)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case Mathematics.MathInline math:
                    builder.Append(math.Tex);
                    break;
                case Citations.CitationInline citation:
                    builder.Append(citation.Text);
                    break;
                case HtmlInline html when keepRawHtml:
                    builder.Append(html.Tag);
                    break;
                case Markdig.Extensions.Footnotes.FootnoteLink:
                case HtmlInline:
                    break;
                case ContainerInline nested:
                    Append(nested, builder, keepRawHtml);
                    break;
            }
        }
    }
}
