using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.LinkLabels;

/// <summary>
/// Closes <c>[text][pg\_prove]</c>, a full reference whose label Markdig refuses: the open bracket is
/// given the label as written, and Markdig's link parser closes it as it closes <c>[pg\_prove]</c>, as
/// if the label were not there; the label is then skipped.
/// </summary>
internal sealed class EscapedLabelCloser : InlineParser
{
    private static readonly string Close = "]";

    private readonly LinkInlineParser _links;

    public EscapedLabelCloser(LinkInlineParser links)
    {
        _links = links;
        OpeningCharacters = [']'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var opener = processor.Inline as LinkDelimiterInline ?? processor.Inline?.FirstParentOfType<LinkDelimiterInline>();
        if (opener is not { IsActive: true } || slice.PeekChar() != '['
            || !EscapedLabel.TryRead(slice.Text, slice.Start + 1, slice.End + 1, out var label, out var close)
            || !processor.Document.TryGetLinkReferenceDefinition(label, out _))
        {
            return false;
        }

        opener.Label = label;
        opener.LabelSpan = new SourceSpan(processor.GetSourcePosition(slice.Start + 2), processor.GetSourcePosition(close - 1));
        var bracket = new StringSlice(Close);
        if (!_links.Match(processor, ref bracket))
        {
            return false;
        }

        slice.Start = close + 1;
        return true;
    }
}
