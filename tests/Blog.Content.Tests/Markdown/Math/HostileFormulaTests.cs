using System.Diagnostics;
using Blog.Content.Markdown.Mathematics;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown.Mathematics;

/// <summary>
/// Formulas written to hurt: nesting thousands deep, a megabyte of TeX, unclosed fences by the
/// thousand. Each finishes quickly, never throws out of the render and never takes the stack: what
/// cannot be converted is shown as TeX with a warning.
/// </summary>
public sealed class HostileFormulaTests
{
    private static readonly TimeSpan Quickly = HangGuard.Limit;

    private static (string Html, IReadOnlyList<Blog.Content.Posts.PostWarning> Warnings, TimeSpan Took) Render(string body)
    {
        var clock = Stopwatch.StartNew();
        var result = Parse.Result($"---\ntitle: Hostile\n---\n{body}\n");
        clock.Stop();
        return (result.Post.Main.Html, result.Warnings, clock.Elapsed);
    }

    [Theory]
    [InlineData("{", "}")]
    [InlineData("\\frac{", "}{x}")]
    [InlineData("\\sqrt{", "}")]
    [InlineData("x^{", "}")]
    [InlineData("\\left(", "\\right)")]
    [InlineData("(", ")")]
    [InlineData("\\not", "")]
    [InlineData("{a \\choose ", "}")]
    [InlineData("\\left(x\\middle|", "\\right)")]
    [InlineData("\\begin{matrix}", "\\end{matrix}")]
    public void Nesting_thousands_deep_is_refused_quickly(string open, string close)
    {
        // As deep as fits under the length limit, so that the depth is what is refused.
        var depth = Math.Min(5_000, (TexToMathML.MaxLength - 1) / (open.Length + close.Length));
        var tex = string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

        var (html, warnings, took) = Render($"$${tex}$$");

        Assert.True(took < Quickly, $"took {took}");
        Assert.Contains("<code class=\"math\">", html, StringComparison.Ordinal);
        Assert.Contains(warnings, w => w.Message.Contains("nested", StringComparison.Ordinal));
    }

    [Fact]
    public void Nesting_just_past_the_limit_is_refused_for_its_depth()
    {
        var depth = TexParser.MaxDepth + 1;
        var tex = string.Concat(Enumerable.Repeat("\\sqrt{", depth)) + "x" + new string('}', depth);

        var conversion = TexToMathML.Convert(tex, display: false);

        Assert.Null(conversion.MathML);
        Assert.Contains("nested", conversion.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_formula_is_shown_as_tex_quickly()
    {
        var tex = string.Concat(Enumerable.Repeat("a+", 500_000));

        var (html, warnings, took) = Render($"$${tex}$$");

        Assert.True(took < Quickly, $"took {took}");
        Assert.Contains("<code class=\"math\">", html, StringComparison.Ordinal);
        Assert.Contains(warnings, w => w.Message.Contains("longer than", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(")]
    [InlineData("[")]
    [InlineData("|")]
    [InlineData("\\left(")]
    [InlineData("(|[")]
    public void Thousands_of_unclosed_fences_convert_in_bounded_time(string fence)
    {
        var tex = string.Concat(Enumerable.Repeat(fence + "a", 19_000 / (fence.Length + 1)));
        var clock = Stopwatch.StartNew();

        var conversion = TexToMathML.Convert(tex, display: true);

        Assert.True(clock.Elapsed < Quickly, $"took {clock.Elapsed}");
        Assert.True(conversion.MathML is not null || conversion.Problem is not null);
    }

    [Fact]
    public void Many_formulas_and_dollars_in_one_paragraph_render_in_bounded_time()
    {
        var body = string.Concat(Enumerable.Repeat("$x^2$ and $5 and $\\text{ ", 5_000));

        var (html, _, took) = Render(body);

        Assert.True(took < Quickly, $"took {took}");
        Assert.Contains("<math", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\")]
    [InlineData("}")]
    [InlineData("\\begin{pmatrix}")]
    [InlineData("\\end{pmatrix}")]
    [InlineData("x^")]
    [InlineData("x__y")]
    [InlineData("\\sqrt[")]
    [InlineData("\\left")]
    [InlineData("\\text{")]
    [InlineData("\\operatorname{\\frac{a}{b}}")]
    [InlineData("\\not\\alpha")]
    [InlineData("#")]
    public void Junk_is_shown_as_tex_and_never_throws(string tex)
    {
        var conversion = TexToMathML.Convert(tex, display: false);

        Assert.Null(conversion.MathML);
        Assert.False(string.IsNullOrWhiteSpace(conversion.Problem));
    }
}
