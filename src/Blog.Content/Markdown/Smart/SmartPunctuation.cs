using System.Buffers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Smart;

/// <summary>
/// Applies pandoc's smart punctuation to every run of inline text of a parsed document: paragraphs,
/// headings, table cells, and, inside them, emphasis, link text and picture descriptions. Code, raw
/// HTML, autolinks and bare links are never text here, so they keep what was written.
/// </summary>
internal static class SmartPunctuation
{
    // What the rules can change; a run of text without any of them is left alone without a closer look.
    private static readonly SearchValues<char> Marks = SearchValues.Create("'\"‘’“”-.");

    public static void Apply(MarkdownDocument document)
    {
        InlineRun? run = null;
        var runs = new Stack<(ContainerInline Inlines, QuoteContext Context)>();
        var blocks = new Stack<ContainerBlock>();
        blocks.Push(document);
        while (blocks.TryPop(out var container))
        {
            foreach (var block in container)
            {
                if (block is ContainerBlock inner)
                {
                    blocks.Push(inner);
                }
                else if (block is LeafBlock { Inline: { } inlines })
                {
                    runs.Push((inlines, QuoteContext.None));
                }
            }

            while (runs.TryPop(out var next))
            {
                if (HasMarks(next.Inlines))
                {
                    run ??= new InlineRun(runs);
                    run.Apply(next.Inlines, next.Context);
                }
                else
                {
                    InlineRun.PushNested(next.Inlines, next.Context, runs);
                }
            }
        }
    }

    /// <summary>Whether a run of text has anything the rules would change (it may say yes where they do not).</summary>
    private static bool HasMarks(ContainerInline inlines)
    {
        for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LinkDelimiterInline)
            {
                // A '[' that opened no link holds the rest of the level: too rare to look into first.
                return true;
            }

            if (child is not LiteralInline literal)
            {
                continue;
            }

            var text = literal.Content.AsSpan();
            var from = 0;
            int found;
            while ((found = text[from..].IndexOfAny(Marks)) >= 0)
            {
                var at = from + found;
                var next = at + 1 < text.Length ? text[at + 1] : '\0';
                var changes = text[at] switch
                {
                    '-' => next == '-',
                    '.' => next == '.' || (next is ' ' or '\t' or '\0' && EndsAbbreviation(text, at, literal.IsFirstCharacterEscaped)),
                    _ => true,
                };
                if (changes)
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }

    private static bool EndsAbbreviation(ReadOnlySpan<char> text, int dot, bool firstEscaped)
    {
        var start = dot;
        var first = firstEscaped ? 1 : 0;
        while (start > first && dot - start + 1 < Abbreviations.MaxLength && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return Abbreviations.Contains(text[start..(dot + 1)]);
    }
}

/// <summary>The quotation a run of text is in, as pandoc tracks it: a quote of the same kind cannot open inside.</summary>
internal enum QuoteContext : byte
{
    None,
    Single,
    Double,
}
