using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Tables;

/// <summary>
/// pandoc's caption mark: a paragraph beginning with <c>Table:</c>, or with <c>:</c> not followed by
/// punctuation, with some text after it.
/// </summary>
internal static class CaptionMarker
{
    /// <summary>How many characters of the first literal the mark and the spaces after it take; 0 when it is no caption.</summary>
    public static int Length(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not LiteralInline literal)
        {
            return 0;
        }

        var text = literal.Content.AsSpan();
        var mark = text.StartsWith("Table:", StringComparison.Ordinal) ? 6
            : text.StartsWith(":", StringComparison.Ordinal) && !(text.Length > 1 && IsPunctuation(text[1])) ? 1
            : 0;
        if (mark == 0)
        {
            return 0;
        }

        var end = mark;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        // Some text must follow, in this literal or in the inlines after it.
        return end < text.Length || literal.NextSibling is not null ? end : 0;
    }

    /// <summary>Takes the mark off the paragraph's first literal (the caller checked it is there).</summary>
    public static void Remove(ParagraphBlock paragraph, int length)
    {
        var literal = (LiteralInline)paragraph.Inline!.FirstChild!;
        if (length >= literal.Content.Length)
        {
            literal.Remove();
            return;
        }

        literal.Content = new Markdig.Helpers.StringSlice(literal.Content.Text, literal.Content.Start + length, literal.Content.End);
    }

    private static bool IsPunctuation(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation;
}
