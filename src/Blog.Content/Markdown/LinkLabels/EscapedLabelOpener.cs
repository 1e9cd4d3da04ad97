using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.LinkLabels;

/// <summary>
/// Opens the brackets of a reference whose label Markdig refuses (<c>[pg\_prove]</c>, <c>[pg\_prove][]</c>)
/// as Markdig's link parser would, but with the label as written, so that when the brackets close the
/// link parser finds the definition. Only when that definition exists; anything else is left to it.
/// </summary>
internal sealed class EscapedLabelOpener : InlineParser
{
    private readonly LinkInlineParser _links;

    public EscapedLabelOpener(LinkInlineParser links)
    {
        _links = links;
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (slice.PeekCharExtra(-1) == '!'
            || !EscapedLabel.TryRead(slice.Text, start, slice.End + 1, out var label, out var close)
            || !processor.Document.TryGetLinkReferenceDefinition(label, out _))
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new LinkDelimiterInline(_links)
        {
            Type = DelimiterType.Open,
            Label = label,
            LabelSpan = new SourceSpan(processor.GetSourcePosition(start + 1), processor.GetSourcePosition(close - 1)),
            IsImage = false,
            Span = new SourceSpan(position, position),
            Line = line,
            Column = column,
        };
        slice.NextChar();
        return true;
    }
}
