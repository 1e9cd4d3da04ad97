using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Lists;

/// <summary>
/// pandoc names the numbering of every ordered list (<c>&lt;ol type="1"&gt;</c>, from its fancy list
/// markers): the blog's lists carry the same attribute, so styles and scripts see pandoc's markup. A
/// list begun with <c>#.</c> has pandoc's default numbering, which it writes without the attribute.
/// </summary>
internal sealed class OrderedListTypeExtension : DocumentPassExtension
{
    protected override PassOrder Order => PassOrder.OrderedListType;

    protected override void Process(ParsedDocument document)
    {
        foreach (var list in document.Lists)
        {
            if (list.IsOrdered && list.BulletType == '1' && !HashMarkers.StartsList(document.Document, list))
            {
                list.GetAttributes().AddProperty("type", "1");
            }
        }
    }
}
