using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Posts;

/// <summary>One file, several languages: how the body is cut into language versions.</summary>
public sealed class PostParserLanguageTests
{
    [Fact]
    public void The_seed_shape_gives_one_version_per_language_main_language_first()
    {
        var post = Parse.Post(Samples.BilingualPost);

        Assert.Equal("en", post.MainLanguage);
        Assert.Equal(["en", "vi"], post.Translations.Select(t => t.Language));
    }

    [Fact]
    public void Each_version_holds_only_its_own_language()
    {
        var post = Parse.Post(Samples.BilingualPost);

        var english = Html.Parse(post.In("en")!.Html);
        var vietnamese = Html.Parse(post.In("vi")!.Html);

        Assert.Equal(["Producers", "Batching", "Consumers"], english.QuerySelectorAll("h2, h3").Select(h => h.TextContent));
        Assert.Equal(["Bên gửi", "Gửi theo lô", "Bên nhận"], vietnamese.QuerySelectorAll("h2, h3").Select(h => h.TextContent));
        Assert.DoesNotContain("Hàng đợi", english.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("A queue lets", vietnamese.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_headings_separators_and_the_repeated_title_are_not_content()
    {
        var post = Parse.Post(Samples.BilingualPost);

        foreach (var translation in post.Translations)
        {
            var body = Html.Parse(translation.Html).Body!;
            Assert.Empty(body.QuerySelectorAll("hr"));
            Assert.Empty(body.QuerySelectorAll("h1"));
            Assert.DoesNotContain(body.QuerySelectorAll("h2"), h => h.TextContent is "English" or "Tiếng Việt" or "Why services talk through a queue.");
        }
    }

    [Fact]
    public void A_language_heading_inside_a_code_block_is_code()
    {
        var post = Parse.Post("""
            ---
            title: Fences
            lang: en
            ---

            ## English
            Here is how a bilingual file looks:

            ```markdown
            ## Tiếng Việt
            Xin chào
            ```

            ## Tiếng Việt
            Phần tiếng Việt thật.
            """);

        Assert.Equal(["en", "vi"], post.Translations.Select(t => t.Language));
        var code = Html.Parse(post.In("en")!.Html).QuerySelector("pre code")!;
        Assert.Contains("## Tiếng Việt", code.TextContent, StringComparison.Ordinal);
        Assert.Equal("Phần tiếng Việt thật.", Html.Parse(post.In("vi")!.Html).QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void A_heading_may_declare_its_language_with_an_attribute()
    {
        var post = Parse.Post("""
            ---
            title: Attributes
            ---

            ## In English {lang=en}
            Hello.

            ## Bằng tiếng Việt {lang=vi}
            Xin chào.
            """);

        Assert.Equal(["en", "vi"], post.Translations.Select(t => t.Language));
        Assert.Equal("Xin chào.", Html.Parse(post.In("vi")!.Html).QuerySelector("p")!.TextContent);
    }

    [Theory]
    [InlineData("Français", "fr")]
    [InlineData("Deutsch", "de")]
    [InlineData("Español", "es")]
    [InlineData("日本語", "ja")]
    [InlineData("中文", "zh")]
    [InlineData("한국어", "ko")]
    [InlineData("english", "en")]
    public void Languages_are_recognised_by_their_own_names(string name, string tag)
    {
        var post = Parse.Post($"""
            ---
            title: Names
            lang: vi
            ---

            ## Tiếng Việt
            Một.

            ## {name}
            Two.
            """);

        Assert.Equal(["vi", tag], post.Translations.Select(t => t.Language));
    }

    [Fact]
    public void Text_before_the_first_language_is_shared_by_every_language()
    {
        var post = Parse.Post("""
            ---
            title: Shared
            ---

            ![diagram](diagram.png)

            ## English
            Words.

            ## Tiếng Việt
            Chữ.
            """);

        Assert.All(post.Translations, t => Assert.Equal("diagram.png", Html.Parse(t.Html).QuerySelector("img")!.GetAttribute("src")));
    }

    [Fact]
    public void A_post_without_language_headings_is_in_its_lang()
    {
        var post = Parse.Post("""
            ---
            title: Một ngôn ngữ
            lang: vi
            ---

            ## Giới thiệu
            Chỉ có tiếng Việt.
            """);

        var only = Assert.Single(post.Translations);
        Assert.Equal("vi", only.Language);
        Assert.Equal("Giới thiệu", Html.Parse(only.Html).QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public void A_post_without_lang_or_language_headings_is_in_the_site_default_language()
    {
        var post = Parse.Post("Just text.\n", defaultLanguage: "vi");

        Assert.Equal("vi", Assert.Single(post.Translations).Language);
    }

    [Fact]
    public void A_trailing_separator_ends_the_file_without_a_rule()
    {
        var post = Parse.Post("---\ntitle: x\n---\n\nText.\n\n---\n");

        Assert.Empty(Html.Parse(post.Main.Html).QuerySelectorAll("hr"));
    }

    [Fact]
    public void A_rule_inside_a_section_stays()
    {
        var post = Parse.Post("---\ntitle: x\n---\n\nOne.\n\n---\n\nTwo.\n");

        Assert.Single(Html.Parse(post.Main.Html).QuerySelectorAll("hr"));
    }
}
