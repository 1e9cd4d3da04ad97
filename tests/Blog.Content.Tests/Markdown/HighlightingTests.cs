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

    [Fact]
    public void Pandoc_s_class_names_the_language_as_the_info_string_does()
    {
        var post = Parse.Post("```{.python #listing .numberLines startFrom=3}\nreturn \"hi\"  # greet\n```\n");

        var pre = Html.Parse(post.Main.Html).QuerySelector("pre")!;
        Assert.Equal("python", pre.GetAttribute("data-lang"));
        Assert.Equal("listing", pre.Id);
        Assert.Equal(["code", "numberLines"], pre.ClassList);
        Assert.Equal("3", pre.GetAttribute("data-startFrom"));
        var code = pre.QuerySelector("code.language-python")!;
        Assert.Equal("return", code.QuerySelector(".keyword")!.TextContent);
        Assert.Equal("# greet", code.QuerySelector(".comment")!.TextContent);
    }

    [Fact]
    public void Attributes_without_a_language_go_on_the_block_and_the_code_stays_plain()
    {
        var post = Parse.Post("``` {#raw-listing}\n<b>\n```\n");

        var pre = Html.Parse(post.Main.Html).QuerySelector("pre")!;
        Assert.Equal("raw-listing", pre.Id);
        Assert.Null(pre.GetAttribute("data-lang"));
        Assert.Empty(pre.QuerySelectorAll("span, b"));
        Assert.Equal("<b>", pre.TextContent.TrimEnd('\n'));
    }
}
