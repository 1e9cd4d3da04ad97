using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown;

/// <summary>
/// Footnotes as pandoc's HTML5 writer gives them: <c>#fn1</c> and <c>#fnref1</c>, the DPUB-ARIA roles
/// (<c>doc-noteref</c>, <c>doc-endnotes</c>, <c>doc-backlink</c>; not the deprecated <c>doc-endnote</c>), a
/// <c>section.footnotes</c> at the end and a back link inside the note's last paragraph. A language
/// version other than the file's main one puts its language before every id (<c>vi-fn1</c>), so the
/// notes of two versions can sit in one page without colliding.
/// </summary>
internal static class FootnoteIdRenderers
{
    public static void Install(HtmlRenderer renderer, string prefix)
    {
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new LinkRenderer(prefix));
        renderer.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new GroupRenderer(prefix));
    }

    private sealed class LinkRenderer(string prefix) : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
            // Inside a picture's alt text, where Markdig's own renderer writes nothing either.
            if (!renderer.EnableHtmlForInline)
            {
                return;
            }

            var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);

            // pandoc numbers a reference by its note: a second reference to one note has no id of its own to return to.
            var reference = link.Index <= 1 ? order : $"{order}-{link.Index.ToString(CultureInfo.InvariantCulture)}";
            if (link.IsBackLink)
            {
                renderer.Write($"<a href=\"#{prefix}fnref{order}\" class=\"footnote-back\" role=\"doc-backlink\">\u21A9\uFE0E</a>");
            }
            else
            {
                renderer.Write($"<a href=\"#{prefix}fn{order}\" class=\"footnote-ref\" id=\"{prefix}fnref{reference}\" role=\"doc-noteref\"><sup>{order}</sup></a>");
            }
        }
    }

    private sealed class GroupRenderer(string prefix) : HtmlObjectRenderer<FootnoteGroup>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
        {
            renderer.EnsureLine();
            renderer.WriteLine("<section class=\"footnotes footnotes-end-of-document\" role=\"doc-endnotes\">");
            renderer.WriteLine("<hr />");
            renderer.WriteLine("<ol>");
            foreach (var block in group)
            {
                var footnote = (Footnote)block;
                // pandoc 2.17 also gives each item role="doc-endnote", which DPUB-ARIA 1.1 deprecates (axe: aria-deprecated-role).
                renderer.WriteLine($"<li id=\"{prefix}fn{footnote.Order.ToString(CultureInfo.InvariantCulture)}\">");
                renderer.WriteChildren(footnote);
                renderer.WriteLine("</li>");
            }

            renderer.WriteLine("</ol>");
            renderer.WriteLine("</section>");
        }
    }
}
