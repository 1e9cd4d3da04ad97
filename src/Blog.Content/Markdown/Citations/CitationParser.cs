using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Blog.Content.Markdown.Citations;

/// <summary>
/// pandoc's citation syntax, read as pandoc reads it without a bibliography: a bracketed list of
/// citations (<c>[see @doe99, p. 33; -@roe]</c>, each part naming a key) or a key in the text
/// (<c>@doe99</c>, not inside a word, so an e-mail address stays text). A bracketed citation followed by
/// <c>(</c> or <c>[</c> is a link's text, and one followed by <c>{</c> a span's (<c>[@doe99]{.c}</c>), as in pandoc.
/// </summary>
internal sealed partial class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['[', '@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        var text = slice.Text.AsSpan(start, slice.End - start + 1);
        return slice.CurrentChar == '[' ? MatchBracketed(processor, ref slice, text) : MatchInText(processor, ref slice, text);
    }

    private static bool MatchBracketed(InlineProcessor processor, ref StringSlice slice, ReadOnlySpan<char> text)
    {
        var close = text[1..].IndexOfAny('[', ']') + 1;
        if (close <= 0 || text[close] != ']' || (close + 1 < text.Length && text[close + 1] is '(' or '[' or '{'))
        {
            return false;
        }

        var body = text[1..close].ToString();
        var keys = new List<string>();
        foreach (var part in body.Split(';'))
        {
            var match = KeyInPart().Match(part);
            if (!match.Success)
            {
                return false;
            }

            keys.Add(match.Groups["key"].Value);
        }

        Emit(processor, ref slice, text[..(close + 1)].ToString(), keys);
        return true;
    }

    private static bool MatchInText(InlineProcessor processor, ref StringSlice slice, ReadOnlySpan<char> text)
    {
        var before = slice.PeekCharExtra(-1);
        if (char.IsLetterOrDigit(before) || before is '_' or '.' or '-' or '+')
        {
            return false;
        }

        var match = Key().Match(text[1..].ToString());
        if (!match.Success)
        {
            return false;
        }

        Emit(processor, ref slice, "@" + match.Value, [match.Value]);
        return true;
    }

    private static void Emit(InlineProcessor processor, ref StringSlice slice, string written, List<string> keys)
    {
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new CitationInline(written, keys)
        {
            Span = new Markdig.Syntax.SourceSpan(start, start + written.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += written.Length;
    }

    // pandoc's keys: a letter, digit or _, then those and internal punctuation (:.#$%&-+?<>~/), not ending in punctuation.
    [GeneratedRegex(@"^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*")]
    private static partial Regex Key();

    [GeneratedRegex(@"(?:^|\s)-?@(?<key>[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)")]
    private static partial Regex KeyInPart();
}
