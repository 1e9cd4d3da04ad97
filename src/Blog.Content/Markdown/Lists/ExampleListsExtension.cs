using System.Globalization;
using Blog.Content.Markdown.Citations;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Lists;

/// <summary>
/// pandoc's example lists: every <c>(@)</c> item of the document numbered in one run, whatever stands
/// between the lists, and <c>@label</c> in the text (read as a citation until now) replaced by the
/// number of the item so labelled, wherever that item is. A label given twice names its last item, as
/// in pandoc. Each language version of a post is a document of its own, so each numbers its own examples.
/// </summary>
internal sealed class ExampleListsExtension : DocumentPassExtension
{
    protected override PassOrder Order => PassOrder.ExampleLists;

    protected override void Process(ParsedDocument parsed)
    {
        var document = parsed.Document;
        if (!ExampleMarkers.Any(document))
        {
            return;
        }

        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var item in document.Descendants<ListItemBlock>())
        {
            if (item.Parent is not ListBlock list || !ExampleMarkers.IsDelimiter(list.OrderedDelimiter))
            {
                continue;
            }

            var number = (++count).ToString(CultureInfo.InvariantCulture);
            if (list[0] == item)
            {
                list.OrderedStart = number;
                list.GetAttributes().AddClass("example");
            }

            if (ExampleMarkers.LabelAt(document, item.Span.Start) is { Length: > 0 } label)
            {
                numbers[label] = number;
            }
        }

        if (numbers.Count == 0)
        {
            return;
        }

        var references = document.Descendants<CitationInline>()
            .Where(c => c.Keys.Count == 1 && c.Text.Length == c.Keys[0].Length + 1 && c.Text[0] == '@' && numbers.ContainsKey(c.Keys[0]))
            .ToList();
        foreach (var reference in references)
        {
            reference.ReplaceBy(new LiteralInline(numbers[reference.Keys[0]]) { Span = reference.Span, Line = reference.Line, Column = reference.Column });
        }

        if (references.Count > 0)
        {
            parsed.Changed();
        }
    }
}
