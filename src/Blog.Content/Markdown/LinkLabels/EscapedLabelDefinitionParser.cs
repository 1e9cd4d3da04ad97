using System.Text;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Content.Markdown.LinkLabels;

/// <summary>
/// A link definition on one line whose label has escapes Markdig refuses (<c>[pg\_prove]: url "title"</c>):
/// kept with the document's other definitions under its label as written. Like any definition it
/// cannot interrupt a paragraph; the first definition of a label wins.
/// </summary>
internal sealed class EscapedLabelDefinitionParser : BlockParser
{
    public EscapedLabelDefinitionParser() => OpeningCharacters = ['['];

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var line = processor.Line;
        var text = line.Text;
        var end = line.End + 1;
        if (processor.IsCodeIndent || !EscapedLabel.TryRead(text, line.Start, end, out var label, out var close)
            || close + 1 >= end || text[close + 1] != ':'
            || !TryReadDestination(text, close + 2, end, out var url, out var title))
        {
            return BlockState.None;
        }

        if (!processor.Document.TryGetLinkReferenceDefinition(label, out _))
        {
            var definition = new LinkReferenceDefinition(label, url, title)
            {
                Span = new SourceSpan(line.Start, line.End),
                Line = processor.LineIndex,
                Column = processor.Column,
            };
            processor.Document.SetLinkReferenceDefinition(label, definition, true);
        }

        return BlockState.BreakDiscard;
    }

    /// <summary>The URL (bare or in angle brackets), then an optional title in quotes or parentheses, then nothing.</summary>
    private static bool TryReadDestination(string text, int at, int end, out string url, out string? title)
    {
        url = string.Empty;
        title = null;
        at = SkipSpaces(text, at, end);
        int urlEnd;
        if (at < end && text[at] == '<')
        {
            urlEnd = text.IndexOf('>', at, end - at);
            if (urlEnd < 0)
            {
                return false;
            }

            url = Unescape(text, at + 1, urlEnd);
            urlEnd++;
        }
        else
        {
            urlEnd = at;
            while (urlEnd < end && !char.IsWhiteSpace(text[urlEnd]))
            {
                urlEnd++;
            }

            if (urlEnd == at)
            {
                return false;
            }

            url = Unescape(text, at, urlEnd);
        }

        at = SkipSpaces(text, urlEnd, end);
        if (at < end && at > urlEnd && text[at] is '"' or '\'' or '(')
        {
            var closer = text[at] == '(' ? ')' : text[at];
            var titleEnd = text.LastIndexOf(closer, end - 1, end - at - 1);
            if (titleEnd <= at)
            {
                return false;
            }

            title = Unescape(text, at + 1, titleEnd);
            at = SkipSpaces(text, titleEnd + 1, end);
        }

        return at >= end;
    }

    private static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static string Unescape(string text, int start, int end)
    {
        var value = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\\' && i + 1 < end && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] > ' ' && text[i + 1] < 127)
            {
                i++;
            }

            value.Append(text[i]);
        }

        return value.ToString();
    }
}
