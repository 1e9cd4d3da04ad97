using Blog.Content.Languages;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Content.Markdown;

/// <summary>
/// Where a post body's parts are: a leading <c># title</c> / <c>## subtitle</c> that repeat the
/// front matter (shown once, by the page header, so cut from the body), the shared text before the
/// first language heading, and one section per language heading. Found on Markdig's syntax tree, so a
/// <c>## English</c> line inside a code block is code, not a section.
/// </summary>
internal sealed record BodyOutline(
    string? LeadingTitle,
    IReadOnlyList<HeadingBlock> RemovedHeadings,
    TextRange Shared,
    IReadOnlyList<LanguageSection> Sections)
{
    public static BodyOutline Of(MarkdownDocument document, int bodyLength, string? title, string? subtitle)
    {
        var blocks = document.Where(b => b is not (LinkReferenceDefinitionGroup or FootnoteGroup)).ToList();
        var removed = new List<HeadingBlock>();
        var next = 0;
        string? leadingTitle = null;

        if (blocks.Count > next && blocks[next] is HeadingBlock { Level: 1 } h1
            && (title is null || SameText(InlineText.Of(h1), title)))
        {
            leadingTitle = InlineText.Of(h1);
            removed.Add(h1);
            next++;

            if (subtitle is not null && blocks.Count > next && blocks[next] is HeadingBlock { Level: 2 } h2
                && LanguageOf(h2) is null && SameText(InlineText.Of(h2), subtitle))
            {
                removed.Add(h2);
                next++;
            }
        }

        var contentStart = next == 0 ? 0 : removed[^1].Span.End + 1;
        var languageHeadings = new List<int>();
        for (var i = next; i < blocks.Count; i++)
        {
            if (blocks[i] is HeadingBlock { Level: 2 } heading && LanguageOf(heading) is not null)
            {
                languageHeadings.Add(i);
            }
        }

        // A thematic break right before a language heading, or ending the body, separates sections.
        int EndBefore(int blockIndex, int fallback) =>
            blockIndex - 1 >= next && blocks[blockIndex - 1] is ThematicBreakBlock separator
                ? separator.Span.Start
                : fallback;

        var bodyEnd = blocks.Count > next && blocks[^1] is ThematicBreakBlock last ? last.Span.Start : bodyLength;
        if (languageHeadings.Count == 0)
        {
            return new BodyOutline(leadingTitle, removed, new TextRange(contentStart, Math.Max(contentStart, bodyEnd)), []);
        }

        var first = languageHeadings[0];
        var shared = new TextRange(contentStart, EndBefore(first, blocks[first].Span.Start));
        var sections = new List<LanguageSection>(languageHeadings.Count);
        for (var k = 0; k < languageHeadings.Count; k++)
        {
            var index = languageHeadings[k];
            var heading = (HeadingBlock)blocks[index];
            var start = heading.Span.End + 1;
            var end = k + 1 < languageHeadings.Count
                ? EndBefore(languageHeadings[k + 1], blocks[languageHeadings[k + 1]].Span.Start)
                : bodyEnd;
            sections.Add(new LanguageSection(LanguageOf(heading)!, heading, new TextRange(start, Math.Max(start, end))));
        }

        return new BodyOutline(leadingTitle, removed, shared, sections);
    }

    /// <summary>The language a level-2 heading opens: its <c>{lang=xx}</c> attribute, else its own name.</summary>
    public static string? LanguageOf(HeadingBlock heading)
    {
        var declared = heading.TryGetAttributes()?.Properties?
            .FirstOrDefault(p => string.Equals(p.Key, "lang", StringComparison.OrdinalIgnoreCase)).Value;
        if (declared is not null)
        {
            return LanguageRegistry.Normalize(declared);
        }

        return LanguageRegistry.FromNativeName(InlineText.Of(heading))?.Tag;
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Collapse(a), Collapse(b), StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A language's part of the body: the heading that opened it and the text after it.</summary>
internal sealed record LanguageSection(string Language, HeadingBlock Heading, TextRange Range);

/// <summary>Character offsets [Start, End) into the post body.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public string Slice(string text) => text[Start..End];
}
