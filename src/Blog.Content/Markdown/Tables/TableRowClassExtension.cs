using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc's table rows say what they are: <c>header</c>, then <c>odd</c> and <c>even</c> in turn (what
/// its stylesheets stripe rows by). The blog's tables carry the same classes.
/// </summary>
internal sealed class TableRowClassExtension : DocumentPassExtension
{
    protected override PassOrder Order => PassOrder.TableRowClass;

    protected override void Process(ParsedDocument document)
    {
        foreach (var table in document.Tables)
        {
            var body = 0;
            foreach (var block in table)
            {
                if (block is not TableRow row)
                {
                    continue;
                }

                row.GetAttributes().AddClass(row.IsHeader ? "header" : ++body % 2 == 1 ? "odd" : "even");
            }
        }
    }
}
