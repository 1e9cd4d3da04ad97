using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown;

/// <summary>
/// Markdig's footnote HTML with a prefix on every id (<c>vi-fn:1</c>), so the footnotes of two
/// language versions can sit in one page without colliding. Same markup as Markdig's otherwise.
/// </summary>
internal static class FootnoteIdRenderers
{
    public static void Install(HtmlRenderer renderer, string prefix)
    {
        if (prefix.Length == 0)
        {
            return;
        }

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
            var index = link.Index.ToString(CultureInfo.InvariantCulture);
            if (link.IsBackLink)
            {
                renderer.Write($"<a href=\"#{prefix}fnref:{index}\" class=\"footnote-back-ref\">&#8617;</a>");
            }
            else
            {
                renderer.Write($"<a id=\"{prefix}fnref:{index}\" href=\"#{prefix}fn:{order}\" class=\"footnote-ref\"><sup>{order}</sup></a>");
            }
        }
    }

    private sealed class GroupRenderer(string prefix) : HtmlObjectRenderer<FootnoteGroup>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
        {
            renderer.EnsureLine();
            renderer.WriteLine("<div class=\"footnotes\">");
            renderer.WriteLine("<hr />");
            renderer.WriteLine("<ol>");
            foreach (var block in group)
            {
                var footnote = (Footnote)block;
                renderer.WriteLine($"<li id=\"{prefix}fn:{footnote.Order.ToString(CultureInfo.InvariantCulture)}\">");
                renderer.WriteChildren(footnote);
                renderer.WriteLine("</li>");
            }

            renderer.WriteLine("</ol>");
            renderer.WriteLine("</div>");
        }
    }
}
