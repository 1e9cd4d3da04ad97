using Blog.Content.Languages;
using Blog.Content.Markdown.Divs;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Content.Markdown;

/// <summary>
/// Where a post body's parts are, found on Markdig's syntax tree (so a <c>## English</c> line inside a
/// code block is code): the heading that gives the title and the subtitle (shown once, by the page
/// header, so cut from the body), the text shared by every language, one section per language
/// heading, and the link and footnote definitions, which any section may use wherever they are written.
/// </summary>
internal sealed record BodyOutline(
    HeadingBlock? TitleHeading,
    HeadingBlock? SubtitleHeading,
    IReadOnlyList<TextRange> Shared,
    IReadOnlyList<LanguageSection> Sections,
    IReadOnlyList<TextRange> Definitions)
{
    public static BodyOutline Of(MarkdownDocument document, string body, string? title, string? subtitle)
    {
        var blocks = document.Where(b => b is not (LinkReferenceDefinitionGroup or FootnoteGroup)).ToList();
        var next = 0;
        HeadingBlock? titleHeading = null;
        HeadingBlock? subtitleHeading = null;

        if (blocks.Count > next && blocks[next] is HeadingBlock { Level: 1 } h1
            && (title is null || MarkdownText.SameText(MarkdownText.Of(h1), title)))
        {
            titleHeading = h1;
            next++;

            if (subtitle is not null && blocks.Count > next && blocks[next] is HeadingBlock { Level: 2 } h2
                && LanguageOf(h2) is null && MarkdownText.SameText(MarkdownText.Of(h2), subtitle))
            {
                subtitleHeading = h2;
                next++;
            }
        }

        var markers = Enumerable.Range(next, blocks.Count - next)
            .Where(i => blocks[i] is HeadingBlock { Level: 2 } heading && LanguageOf(heading) is not null
                || blocks[i] is FencedDivBlock { Language: not null, ContentEnd: >= 0 })
            .ToList();
        var sharedEnd = markers.Count > 0 ? markers[0] : blocks.Count;

        // A thematic break right before a language heading, or ending the body, only separates sections.
        int EndBefore(int blockIndex) =>
            blockIndex - 1 >= next && blocks[blockIndex - 1] is ThematicBreakBlock separator
                ? separator.Span.Start
                : blocks[blockIndex].Span.Start;

        var bodyEnd = blocks.Count > next && blocks[^1] is ThematicBreakBlock last ? last.Span.Start : body.Length;
        var contentStart = next == 0 ? 0 : LineEnd(body, blocks[next - 1]);
        var sharedStop = markers.Count > 0 ? EndBefore(sharedEnd) : bodyEnd;

        var shared = new List<TextRange>();
        if (titleHeading is null && title is null
            && blocks.Skip(next).Take(sharedEnd - next).FirstOrDefault(b => b is HeadingBlock { Level: 1 }) is HeadingBlock firstH1)
        {
            // No title anywhere but a '#' heading further down: it is the title, shown once in the header.
            titleHeading = firstH1;
            shared.Add(new TextRange(contentStart, firstH1.Span.Start));
            contentStart = LineEnd(body, firstH1);
        }

        shared.Add(new TextRange(contentStart, Math.Max(contentStart, sharedStop)));

        var sections = new List<LanguageSection>(markers.Count);
        for (var k = 0; k < markers.Count; k++)
        {
            var index = markers[k];
            var end = k + 1 < markers.Count ? EndBefore(markers[k + 1]) : bodyEnd;
            if (blocks[index] is FencedDivBlock div)
            {
                // pandoc's own way to mark a language: the div's content is the section; what follows
                // the closing fence, up to the next section, belongs to every language again.
                var divTitle = div.FirstOrDefault() is HeadingBlock { Level: 1 } first ? first : null;
                var divStart = divTitle is null ? div.ContentStart : LineEnd(body, divTitle);
                sections.Add(new LanguageSection(div.Language!, div, divTitle, new TextRange(divStart, Math.Max(divStart, div.ContentEnd))));
                var after = LineEnd(body, div);
                if (end > after && !string.IsNullOrWhiteSpace(body.AsSpan(after, end - after).ToString()))
                {
                    shared.Add(new TextRange(after, end));
                }

                continue;
            }

            var heading = (HeadingBlock)blocks[index];
            var sectionTitle = index + 1 < blocks.Count && blocks[index + 1] is HeadingBlock { Level: 1 } own ? own : null;
            var start = LineEnd(body, sectionTitle ?? heading);
            sections.Add(new LanguageSection(LanguageOf(heading)!, heading, sectionTitle, new TextRange(start, Math.Max(start, end))));
        }

        var outline = new BodyOutline(titleHeading, subtitleHeading, shared, sections, DefinitionsOf(document, body));

        // The outline keeps a few headings of this parse, not the whole tree: through their parent it
        // would stay alive while each language is parsed again, doubling what a long post needs.
        document.Clear();
        return outline;
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

    /// <summary>
    /// The offset just past the line a block ends on: a heading's <c>{…}</c> attributes are on its
    /// line but outside its span, and must not be left for the next block.
    /// </summary>
    private static int LineEnd(string body, Block block)
    {
        var newline = body.IndexOf('\n', Math.Min(body.Length, block.Span.End + 1));
        return newline < 0 ? body.Length : newline + 1;
    }

    private static List<TextRange> DefinitionsOf(MarkdownDocument document, string body) =>
        document.Descendants<LinkReferenceDefinition>()
            .Select(definition => definition is FootnoteLinkReferenceDefinition footnote
                ? new TextRange(footnote.Span.Start, Math.Min(body.Length, footnote.Footnote.Span.End + 1))
                : new TextRange(definition.Span.Start, Math.Min(body.Length, definition.Span.End + 1)))
            .Where(range => range.End > range.Start)
            .OrderBy(range => range.Start)
            .ToList();
}

/// <summary>
/// A language's part of the body: what opened it (a language heading, or a div with <c>lang</c>), a
/// <c># title</c> right after it (that language's own title), and the text after them.
/// </summary>
internal sealed record LanguageSection(string Language, Block Opener, HeadingBlock? TitleHeading, TextRange Range)
{
    /// <summary>The language heading cut from the text, which still takes its id where it stood; a div has none.</summary>
    public HeadingBlock? Heading => Opener as HeadingBlock;
}

/// <summary>Character offsets [Start, End) into the post body.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public string Slice(string text) => text[Start..End];

    public bool Contains(TextRange other) => other.Start >= Start && other.Start < End;
}
