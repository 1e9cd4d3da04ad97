using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// Writes a formula's MathML, which browsers show without script, style sheet or font of the blog's;
/// a formula that could not be converted is shown as the TeX it was written in.
/// </summary>
internal sealed class MathRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(math.Tex);
            return;
        }

        if (math.Conversion.MathML is { } mathML)
        {
            renderer.Write(mathML);
            return;
        }

        renderer.Write("<code class=\"math\">").WriteEscape(math.Source).Write("</code>");
    }
}
