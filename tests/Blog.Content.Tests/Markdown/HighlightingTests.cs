using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Markdown;

/// <summary>Code is highlighted once, at load time, and labelled with its language.</summary>
public sealed class HighlightingTests
{
    [Fact]
    public void Known_languages_get_classes_for_keywords_strings_and_comments()
    {
        var post = Parse.Post("```csharp\nvar s = \"<b>\"; // say hi\n```\n");

        var pre = Html.Parse(post.Main.Html).QuerySelector("pre")!;
        Assert.Equal("csharp", pre.GetAttribute("data-lang"));
        var code = pre.QuerySelector("code.language-csharp")!;
        Assert.Equal("var", code.QuerySelector(".keyword")!.TextContent);
        Assert.Equal("\"<b>\"", code.QuerySelector(".string")!.TextContent);
        Assert.Equal("// say hi", code.QuerySelector(".comment")!.TextContent);
        Assert.Equal("var s = \"<b>\"; // say hi", code.TextContent.TrimEnd('\n'));
    }

    [Fact]
    public void Other_languages_are_labelled_and_escaped()
    {
        var post = Parse.Post("```bash\necho '<script>' > out\n```\n");

        var pre = Html.Parse(post.Main.Html).QuerySelector("pre")!;
        Assert.Equal("bash", pre.GetAttribute("data-lang"));
        Assert.Empty(pre.QuerySelectorAll("script, span"));
        Assert.Equal("echo '<script>' > out", pre.QuerySelector("code")!.TextContent);
    }

    [Fact]
    public void Code_without_a_language_stays_plain()
    {
        var post = Parse.Post("    indented code\n");

        var pre = Html.Parse(post.Main.Html).QuerySelector("pre")!;
        Assert.Null(pre.GetAttribute("data-lang"));
        Assert.Equal("indented code\n", pre.TextContent);
    }
}
