using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Attributes;

/// <summary>
/// A <c>{…}</c> right after an inline that pandoc gives attributes to: code (<c>`x`{.c}</c>, and
/// <c>`&lt;b&gt;`{=html}</c> for raw HTML), an inline link or picture (<c>[t](u){.c}</c>,
/// <c>![a](i.png){width=50%}</c>), an autolink (<c>&lt;https://…&gt;{.c}</c>); and at the end of a
/// heading, after whatever inline ends it (<c>## *New*{#new}</c>). Anywhere else, after a word,
/// emphasis, a reference link or a footnote mark, a brace is text, as in pandoc: <c>a {b} c</c>
/// keeps its braces.
/// </summary>
internal sealed class InlineAttributesParser : InlineParser
{
    private static readonly object TakenKey = new();

    public InlineAttributesParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End + 1;
        switch (processor.Inline)
        {
            case CodeInline code when PandocAttributes.TryParseRaw(text, start, end, out var format, out var afterRaw):
                RawCode.Replace(processor, code, format);
                slice.Start = afterRaw;
                return true;
            case CodeInline or AutolinkInline or LinkInline { IsAutoLink: false, Reference: null, IsShortcut: false }
                when processor.Inline.GetData(TakenKey) is null && PandocAttributes.TryParse(text, start, end, out var attributes, out var next):
                // Only the first block counts (`x`{.a}{.b} leaves {.b} as text); even {} counts: an
                // autolink given attributes loses its class="uri", as in pandoc.
                processor.Inline.SetData(TakenKey, true);
                processor.Inline.GetAttributes();
                AttributeHtml.Apply(processor.Inline, attributes, processor.Inline is LinkInline { IsImage: true });
                slice.Start = next;
                return true;
        }

        if (processor.Block is HeadingBlock heading && !BlockAttributes.HasTrailingAttributes(heading)
            && PandocAttributes.TryParse(text, start, end, out var headingAttributes, out var afterHeading)
            && IsBlank(text, afterHeading, end))
        {
            AttributeHtml.Apply(heading, headingAttributes);
            if (processor.Inline is LiteralInline words)
            {
                // pandoc trims the heading's text, as Markdig does the line before the braces.
                words.Content.TrimEnd();
            }

            slice.Start = end;
            return true;
        }

        return false;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
