using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Notes;

/// <summary>
/// The <c>^[</c> of an inline note: a bracket like a link's, so brackets and links inside it pair up as
/// they do anywhere, and one left open is the text it was.
/// </summary>
internal sealed class InlineNoteOpening(InlineParser parser) : LinkDelimiterInline(parser)
{
    public override string ToLiteral() => "^[";
}
