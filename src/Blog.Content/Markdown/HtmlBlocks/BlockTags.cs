using System.Collections.Frozen;
using Markdig.Helpers;

namespace Blog.Content.Markdown.HtmlBlocks;

/// <summary>
/// The block-level HTML tags after which pandoc goes on reading Markdown (its <c>markdown_in_html_blocks</c>):
/// those of its block list that CommonMark also counts as blocks. <c>pre</c>, <c>script</c>, <c>style</c>
/// and <c>textarea</c> keep their content as written, and are not here.
/// </summary>
internal static class BlockTags
{
    private static readonly FrozenSet<string> Names = new[]
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "col", "colgroup", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "li", "main", "menu",
        "nav", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Tags pandoc reads as blocks or as inlines as it finds them, and those whose content is kept as
    /// written: a line that starts with one is left to CommonMark's HTML blocks.
    /// </summary>
    private static readonly FrozenSet<string> Others = new[]
    {
        "applet", "area", "audio", "button", "del", "embed", "iframe", "ins", "map", "math", "noscript",
        "object", "pre", "progress", "script", "source", "style", "svg", "textarea", "track", "video",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A whole tag that pandoc reads as an inline (<c>&lt;img src=…&gt;</c>, <c>&lt;span&gt;</c>, an
    /// element of the author's own) at the start of the line: the line starts a paragraph.
    /// </summary>
    public static bool IsInlineTag(StringSlice line)
    {
        var text = line.Text;
        var at = line.Start + 1;
        var nameStart = at;
        while (at <= line.End && (char.IsAsciiLetterOrDigit(text[at]) || (at > nameStart && text[at] == '-')))
        {
            at++;
        }

        if (at == nameStart || !char.IsAsciiLetter(text[nameStart]))
        {
            return false;
        }

        var name = text.AsSpan(nameStart, at - nameStart).ToString();
        var tag = line;
        return !Names.Contains(name) && !Others.Contains(name) && HtmlHelper.TryParseHtmlTag(ref tag, out _);
    }

    /// <summary>
    /// A whole tag of that list at <paramref name="start"/> (<c>&lt;div class="x"&gt;</c>, <c>&lt;/div&gt;</c>),
    /// read as Markdig reads inline HTML, so the line's inlines will take it as a tag too; or the start of
    /// one that goes on to the next lines.
    /// </summary>
    public static bool TryMatch(StringSlice line, out string name, out bool closing)
    {
        name = string.Empty;
        closing = false;
        var text = line.Text;
        var at = line.Start + 1;
        if (at <= line.End && text[at] == '/')
        {
            closing = true;
            at++;
        }

        var nameStart = at;
        while (at <= line.End && char.IsAsciiLetterOrDigit(text[at]))
        {
            at++;
        }

        if (at == nameStart || (at <= line.End && text[at] is not (' ' or '\t' or '>' or '/')) || !Names.Contains(text.AsSpan(nameStart, at - nameStart).ToString()))
        {
            return false;
        }

        var tag = line;
        if (!HtmlHelper.TryParseHtmlTag(ref tag, out _) && !GoesOn(line, at))
        {
            return false;
        }

        name = text[nameStart..at].ToLowerInvariant();
        return true;
    }

    /// <summary>The tag goes on to the next line (<c>&lt;div⏎  class="x"&gt;</c>): nothing on this one closes it.</summary>
    public static bool GoesOn(StringSlice line, int from) => from > line.End || line.Text.AsSpan(from, line.End - from + 1).IndexOf('>') < 0;
}
