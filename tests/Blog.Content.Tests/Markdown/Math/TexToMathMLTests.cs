using AngleSharp.Dom;
using Blog.Content.Markdown.Mathematics;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Mathematics;

/// <summary>
/// The converter writes what <c>pandoc --mathml</c> writes (texmath 0.12): the elements and the text a
/// reader's browser lays out. The spec cases compare whole paragraphs with pandoc's; these name the
/// behaviour family by family.
/// </summary>
public sealed class TexToMathMLTests
{
    private static IElement Math(string tex, bool display = false)
    {
        var conversion = TexToMathML.Convert(tex, display);
        Assert.True(conversion.MathML is not null, conversion.Problem);
        return Html.Parse(conversion.MathML).QuerySelector("math")!;
    }

    /// <summary>The formula's MathML without the math, semantics and annotation around it.</summary>
    private static IElement Body(string tex, bool display = false) => Math(tex, display).QuerySelector("semantics")!.Children[0];

    /// <summary>Elements and their text, as a compact outline: mfrac(mi:a mi:b).</summary>
    private static string Shape(IElement element) => element.Children.Length == 0
        ? $"{element.LocalName}:{element.TextContent}"
        : $"{element.LocalName}({string.Join(' ', element.Children.Select(Shape))})";

    [Fact]
    public void The_formula_is_wrapped_as_pandoc_wraps_it_with_its_tex_kept()
    {
        var math = Math("a<b", display: true);

        Assert.Equal("block", math.GetAttribute("display"));
        var semantics = Assert.Single(math.Children);
        Assert.Equal("semantics", semantics.LocalName);
        var annotation = semantics.Children[^1];
        Assert.Equal("application/x-tex", annotation.GetAttribute("encoding"));
        Assert.Equal("a<b", annotation.TextContent);
    }

    [Theory]
    [InlineData("x", "mi:x")]
    [InlineData("x+1", "mrow(mi:x mo:+ mn:1)")]
    [InlineData("a-b", "mrow(mi:a mo:− mi:b)")]
    [InlineData("3.14", "mn:3.14")]
    [InlineData("\\frac12", "mfrac(mn:1 mn:2)")]
    [InlineData("\\frac{a+b}{c}", "mfrac(mrow(mi:a mo:+ mi:b) mi:c)")]
    [InlineData("\\dfrac{a}{b}", "mstyle(mfrac(mi:a mi:b))")]
    [InlineData("\\binom{n}{k}", "mrow(mo:( mfrac(mi:n mi:k) mo:))")]
    [InlineData("\\sqrt{x}", "msqrt(mi:x)")]
    [InlineData("\\sqrt[3]{x}", "mroot(mi:x mn:3)")]
    [InlineData("x_i^2", "msubsup(mi:x mi:i mn:2)")]
    [InlineData("x^23", "msup(mi:x mn:23)")]
    [InlineData("f'(x)", "mrow(mi:f mi:′ mrow(mo:( mi:x mo:)))")]
    [InlineData("\\alpha\\infty", "mrow(mi:α mi:∞)")]
    [InlineData("a\\leq b", "mrow(mi:a mo:≤ mi:b)")]
    [InlineData("\\sin x", "mrow(mo:sin mi:x)")]
    [InlineData("\\operatorname{tr} A", "mrow(mo:tr mi:A)")]
    [InlineData("[0,1)", "mrow(mo:[ mn:0 mo:, mn:1 mo:))")]
    [InlineData("\\hat{x}", "mover(mi:x mo:\u0302)")]
    [InlineData("\\underbrace{a}_{n}", "munder(munder(mi:a mo:⏟) mi:n)")]
    [InlineData("\\text{if } x", "mrow(mrow(mtext:if  mspace:) mi:x)")]
    [InlineData("\\mathbb{R}", "mstyle(mi:ℝ)")]
    [InlineData("\\mathbf{x}", "mstyle(mi:𝐱)")]
    [InlineData("\\mathcal{L}", "mstyle(mi:ℒ)")]
    [InlineData("a\\,b", "mrow(mi:a mspace: mi:b)")]
    public void Constructs_are_written_with_texmaths_elements(string tex, string shape)
    {
        Assert.Equal(shape, Shape(Body(tex)));
    }

    [Theory]
    [InlineData("∞", "mi")]
    [InlineData("≤", "mo")]
    [InlineData("¬", "mi")]
    [InlineData("α", "mi")]
    [InlineData("·", "mo")]
    public void Symbols_typed_as_characters_are_what_texmath_makes_of_them(string tex, string element)
    {
        Assert.Equal(element, Body(tex).LocalName);
    }

    [Fact]
    public void Bare_parentheses_that_close_stretch_and_loose_ones_do_not()
    {
        var closed = Body("(x)");
        var loose = Body("(x");

        Assert.All(closed.QuerySelectorAll("mo"), mo => Assert.Equal("true", mo.GetAttribute("stretchy")));
        Assert.Equal("false", loose.QuerySelector("mo")!.GetAttribute("stretchy"));
        Assert.Equal("prefix", loose.QuerySelector("mo")!.GetAttribute("form"));
    }

    [Theory]
    [InlineData("\\sum_{i=1}^n i", "msubsup", "munderover")]
    [InlineData("\\lim_{x\\to 0} f", "msub", "munder")]
    [InlineData("\\max_x f", "msub", "munder")]
    [InlineData("\\int_0^1 f", "msubsup", "msubsup")]
    [InlineData("\\int\\limits_0^1 f", "munderover", "munderover")]
    [InlineData("\\operatorname*{argmax}_x f", "msub", "munder")]
    [InlineData("∑_i x", "msub", "munder")]
    [InlineData("\\sum\\nolimits_i x", "msub", "msub")]
    public void Big_operators_take_limits_under_and_over_in_display_math_only(string tex, string inline, string display)
    {
        Assert.Equal(inline, Body(tex).Children[0].LocalName);
        Assert.Equal(display, Body(tex, display: true).Children[0].LocalName);
    }

    [Fact]
    public void A_symbol_under_or_over_a_big_operator_is_an_operator_that_is_no_accent()
    {
        var over = Body("\\sum_{n=0}^\\infty", display: true).Children[2];

        Assert.Equal("mo", over.LocalName);
        Assert.Equal("false", over.GetAttribute("accent"));
        Assert.Equal("∞", over.TextContent);
    }

    [Fact]
    public void Left_and_right_fences_stretch_and_a_middle_one_is_infix()
    {
        var fenced = Body("\\left\\{ x \\middle| x>0 \\right\\}");

        Assert.Equal(["prefix", "infix", "postfix"], fenced.QuerySelectorAll("mo[stretchy=true]").Select(mo => mo.GetAttribute("form")));
        Assert.Equal(["{", "|", "}"], fenced.QuerySelectorAll("mo[stretchy=true]").Select(mo => mo.TextContent));
    }

    [Fact]
    public void Left_without_right_closes_on_nothing_as_in_texmath()
    {
        var fenced = Body("\\left( x");

        Assert.Equal("mrow(mo:( mi:x)", Shape(fenced));
    }

    [Theory]
    [InlineData("\\big(", "1.2")]
    [InlineData("\\Big[", "1.8")]
    [InlineData("\\bigg|", "2.4")]
    [InlineData("\\Bigg\\{", "3.0")]
    public void Big_fences_have_fixed_sizes(string tex, string size)
    {
        var fence = Body(tex);

        Assert.Equal(size, fence.GetAttribute("minsize"));
        Assert.Equal(size, fence.GetAttribute("maxsize"));
        Assert.Equal("false", fence.GetAttribute("stretchy"));
    }

    [Theory]
    [InlineData("pmatrix", "(", ")")]
    [InlineData("bmatrix", "[", "]")]
    [InlineData("vmatrix", "∣", "∣")]
    public void Matrices_are_tables_between_their_fences(string environment, string open, string close)
    {
        var matrix = Body($"\\begin{{{environment}}} a & b \\\\ c & d \\end{{{environment}}}");

        Assert.Equal([open, close], matrix.Children.Where(c => c.LocalName == "mo").Select(c => c.TextContent));
        var rows = matrix.QuerySelector("mtable")!.Children;
        Assert.Equal(["ab", "cd"], rows.Select(r => r.TextContent));
        Assert.All(matrix.QuerySelectorAll("mtd"), cell => Assert.Equal("center", cell.GetAttribute("columnalign")));
    }

    [Fact]
    public void Cases_are_a_left_aligned_table_after_a_brace()
    {
        var cases = Body("\\begin{cases} 1 & x>0 \\\\ 0 & \\text{otherwise} \\end{cases}");

        Assert.Equal("{", cases.Children[0].TextContent);
        Assert.Equal(2, cases.Children.Length);
        Assert.All(cases.QuerySelectorAll("mtd"), cell => Assert.Equal("left", cell.GetAttribute("columnalign")));
    }

    [Fact]
    public void Aligned_columns_are_right_then_left()
    {
        var aligned = Body("\\begin{aligned} a &= b \\\\ &= c \\end{aligned}");

        Assert.Equal(["right", "left", "right", "left"], aligned.QuerySelectorAll("mtd").Select(c => c.GetAttribute("columnalign")));
    }

    [Theory]
    [InlineData("\\quad", "1.0em")]
    [InlineData("\\qquad", "2.0em")]
    [InlineData("\\;", "0.278em")]
    [InlineData("\\!", "-0.167em")]
    public void Spacing_commands_are_spaces_of_their_width(string tex, string width)
    {
        Assert.Equal(width, Body(tex).GetAttribute("width"));
    }
}
