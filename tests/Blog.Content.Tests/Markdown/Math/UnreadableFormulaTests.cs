using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Markdown.Mathematics;

/// <summary>
/// A formula the converter cannot read is shown as the TeX it was written in, in <c>&lt;code
/// class="math"&gt;</c>, and the author is warned with the file and the line; the post is published.
/// </summary>
public sealed class UnreadableFormulaTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("$\\foo{x}$", "unknown command \\foo")]
    [InlineData("$\\frac{a$", "never closed")]
    [InlineData("$a}b$", "closes nothing")]
    [InlineData("$a & b$", "outside a matrix")]
    [InlineData("$$\\begin{nope} x \\end{nope}$$", "unknown environment")]
    [InlineData("$\\right)$", "\\right without \\left")]
    public void An_unreadable_formula_is_shown_as_its_tex_with_a_warning(string formula, string reason)
    {
        var result = Parse.Result($"---\ntitle: Math\n---\nFirst line.\n\nText with {formula} in it.\n");

        var code = Html.Parse(result.Post.Main.Html).QuerySelector("code.math")!;
        Assert.Equal(formula, code.TextContent);
        Assert.Empty(Html.Parse(result.Post.Main.Html).QuerySelectorAll("math"));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains(reason, warning.Message, StringComparison.Ordinal);
        Assert.Equal(6, warning.Line);
        Assert.Equal(11, warning.Column);
    }

    [Fact]
    public void The_tex_shown_is_escaped()
    {
        var post = Parse.Post("---\ntitle: Math\n---\n$\\foo<b>&$\n");

        Assert.Contains("<code class=\"math\">$\\foo&lt;b&gt;&amp;$</code>", post.Main.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loader_names_the_file_and_the_line()
    {
        _folder.Write("2025-01-01-math.md", "---\ntitle: Math\n---\n\nA formula:\n$\\nosuchcommand$\n");

        var result = new PostLoader(_log).Load(_folder.Path, "en");

        Assert.Single(result.Posts);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("2025-01-01-math.md", warning.File);
        Assert.Equal(6, warning.Line);
        Assert.Contains("\\nosuchcommand", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_in_text_shared_by_two_languages_is_reported_once()
    {
        var result = Parse.Result("---\ntitle: Math\n---\nShared $\\nope$.\n\n# English {lang=en}\n\nWords.\n\n# Tiếng Việt {lang=vi}\n\nChữ.\n");

        Assert.Single(result.Warnings, w => w.Message.Contains("\\nope", StringComparison.Ordinal));
    }
}
