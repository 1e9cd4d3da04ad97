using AngleSharp.Dom;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Mathematics;

/// <summary>
/// Where math starts and ends, by pandoc's <c>tex_math_dollars</c>: money stays text, <c>\$</c> is a
/// dollar, and what is inside a formula is never read as Markdown.
/// </summary>
public sealed class MathSyntaxTests
{
    private static IElement Paragraph(string markdown) =>
        Html.Parse(Parse.Post($"---\ntitle: Math\n---\n{markdown}\n").Main.Html).QuerySelector("p")!;

    private static string[] Annotations(IElement paragraph) =>
        [.. paragraph.QuerySelectorAll("annotation").Select(a => a.TextContent)];

    [Theory]
    [InlineData("It cost $20,000 and then $30,000 more.")]
    [InlineData("From $5 to $6.")]
    [InlineData("Between $ 5 and 6$ dollars.")]
    [InlineData("Between $5 and 6 $ dollars.")]
    [InlineData("A literal \\$x\\$ stays text.")]
    [InlineData("Nothing closes $x here.")]
    public void Dollars_that_pandoc_reads_as_money_or_text_stay_text(string markdown)
    {
        var paragraph = Paragraph(markdown);

        Assert.Empty(paragraph.QuerySelectorAll("math"));
        Assert.Contains("$", paragraph.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_dollar_followed_by_a_digit_closes_nothing()
    {
        var paragraph = Paragraph("Not math: $x$5, but $y$ is.");

        Assert.Equal(["y"], Annotations(paragraph));
    }

    [Fact]
    public void Inline_and_display_math_are_math_elements_of_their_kind()
    {
        var paragraph = Paragraph("Inline $a+b$ and display $$\\sum_i x_i$$ here.");

        var maths = paragraph.QuerySelectorAll("math");
        Assert.Equal(["inline", "block"], maths.Select(m => m.GetAttribute("display")));
        Assert.All(maths, m => Assert.Equal("http://www.w3.org/1998/Math/MathML", m.GetAttribute("xmlns")));
        Assert.Equal(["a+b", "\\sum_i x_i"], Annotations(paragraph));
    }

    [Fact]
    public void Display_math_spans_lines_of_its_paragraph()
    {
        var paragraph = Paragraph("The sum $$a\n= b$$ ends.");

        Assert.Equal(["a\n= b"], Annotations(paragraph));
        Assert.Equal("block", paragraph.QuerySelector("math")!.GetAttribute("display"));
    }

    [Fact]
    public void Spaces_and_line_breaks_inside_inline_math_are_single_spaces_as_pandoc_passes_them()
    {
        var paragraph = Paragraph("See $a  +\nb$ there.");

        Assert.Equal(["a + b"], Annotations(paragraph));
    }

    [Fact]
    public void Braces_inside_math_are_no_attributes_and_no_spans()
    {
        var paragraph = Paragraph("Marginal cost $\\frac{dC}{dQ}$ is [here]{.x}.");

        Assert.DoesNotContain(paragraph.Attributes, a => a.Name is "dc" or "dq");
        var fraction = paragraph.QuerySelector("mfrac")!;
        Assert.Equal(["mrow", "mrow"], fraction.Children.Select(c => c.LocalName));
        Assert.Equal("dCdQ", fraction.TextContent);
        Assert.Equal("x", paragraph.QuerySelector("span")!.ClassName);
    }

    [Fact]
    public void Stars_underscores_quotes_and_dashes_inside_math_are_math()
    {
        var paragraph = Paragraph("So $a_1 * b_2 * \"c\" -- d$ and _e_ and \"f\" -- g.");

        Assert.Equal(["a_1 * b_2 * \"c\" -- d"], Annotations(paragraph));
        Assert.Equal("e", Assert.Single(paragraph.QuerySelectorAll("em")).TextContent);
        Assert.Contains("“f” – g", paragraph.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("“", paragraph.QuerySelector("math")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_span_holding_dollars_is_code()
    {
        var paragraph = Paragraph("Code `$x$` here.");

        Assert.Empty(paragraph.QuerySelectorAll("math"));
        Assert.Equal("$x$", paragraph.QuerySelector("code")!.TextContent);
    }

    [Fact]
    public void An_escaped_dollar_inside_math_does_not_close_it()
    {
        var paragraph = Paragraph("Price $a\\$b$ here.");

        Assert.Equal(["a\\$b"], Annotations(paragraph));
        Assert.Equal(["a", "$", "b"], paragraph.QuerySelectorAll("mi").Select(m => m.TextContent));
    }

    [Fact]
    public void Text_inside_math_may_hold_a_dollar()
    {
        var paragraph = Paragraph("Cost $x = \\text{5 $ each}$ now.");

        Assert.Equal(["x = \\text{5 $ each}"], Annotations(paragraph));
        Assert.Equal("5 $ each", paragraph.QuerySelector("mtext")!.TextContent);
    }

    [Fact]
    public void A_page_without_math_gets_nothing_for_math()
    {
        var html = Parse.Post("---\ntitle: Plain\n---\nJust $5 and words.\n").Main.Html;

        Assert.DoesNotContain("<math", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_with_math_gets_the_formula_in_its_id_as_in_pandoc()
    {
        var html = Parse.Post("---\ntitle: T\n---\n# Euler $e^{i\\pi}$ identity\n\nText.\n").Main.Html;

        Assert.Equal("euler-eipi-identity", Html.Parse(html).QuerySelector("h1")!.Id);
    }
}
