using System.Collections.Frozen;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Figures;

/// <summary>
/// Whether a caption holds something the keyboard can reach: a link, a footnote mark, an interactive
/// HTML element. Hidden from screen readers (<c>aria-hidden</c>) such a thing would still take focus,
/// and their users would land on an element they are told nothing about (axe's aria-hidden-focus).
/// </summary>
internal static class CaptionFocus
{
    private static readonly FrozenSet<string> InteractiveElements = FrozenSet.ToFrozenSet(
        ["a", "audio", "button", "details", "embed", "iframe", "input", "object", "select", "summary", "textarea", "video"],
        StringComparer.OrdinalIgnoreCase);

    public static bool CanTakeFocus(ContainerInline caption) => caption.Descendants<Inline>().Any(inline => inline switch
    {
        LinkInline { IsImage: false } or AutolinkInline or FootnoteLink => true,
        HtmlInline html => OpensInteractive(html.Tag),
        _ => false,
    });

    private static bool OpensInteractive(string tag)
    {
        // Closing tags and comments open nothing.
        if (tag.Length < 2 || tag[0] != '<' || !char.IsAsciiLetter(tag[1]))
        {
            return false;
        }

        var end = 1;
        while (end < tag.Length && (char.IsAsciiLetterOrDigit(tag[end]) || tag[end] == '-'))
        {
            end++;
        }

        return InteractiveElements.Contains(tag[1..end])
            || tag.Contains("tabindex", StringComparison.OrdinalIgnoreCase)
            || tag.Contains("contenteditable", StringComparison.OrdinalIgnoreCase);
    }
}
