using System.Globalization;

namespace Blog.Content.Markdown.Mathematics;

/// <summary>
/// Converts a TeX formula to MathML as <c>pandoc --mathml</c> does (its texmath library): the
/// <c>&lt;math&gt;</c> element with the formula's MathML and its TeX as an annotation.
/// </summary>
internal static class TexToMathML
{
    /// <summary>Far more than any formula a post shows; beyond it the formula is shown as its TeX.</summary>
    public const int MaxLength = 20_000;

    private static readonly string TooLong = string.Create(CultureInfo.InvariantCulture, $"the formula is longer than {MaxLength:N0} characters");

    public static MathConversion Convert(string tex, bool display)
    {
        if (tex.Length > MaxLength)
        {
            return MathConversion.Failed(TooLong);
        }

        IReadOnlyList<MathNode> nodes;
        try
        {
            nodes = TexParser.Parse(tex);
        }
        catch (TexException ex)
        {
            return MathConversion.Failed(ex.Message);
        }
        catch (InsufficientExecutionStackException)
        {
            return MathConversion.Failed("the formula is nested too deeply");
        }

        using var html = new MathMLWriter(tex.Length * 8 + 160, display);
        html.Append("<math display=\"").Append(display ? "block" : "inline").Append("\" xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics>");
        html.Row(nodes);
        html.Append("<annotation encoding=\"application/x-tex\">");
        html.Escape(tex);
        html.Append("</annotation></semantics></math>");
        return new MathConversion(html.ToString(), null);
    }
}
