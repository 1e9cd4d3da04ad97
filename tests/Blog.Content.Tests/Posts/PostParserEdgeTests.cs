using Blog.Content.Catalog;
using Blog.Content.Posts;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Posts;

/// <summary>The corners of the format that real posts reach.</summary>
public sealed class PostParserEdgeTests
{
    [Fact]
    public void Attributes_on_a_language_heading_stay_on_it()
    {
        var post = Parse.Post("""
            ---
            title: Attributes
            ---

            ## English {#en}
            ### Intro
            Hello.

            ## Bằng tiếng Việt {lang=vi}
            Xin chào.
            """);

        var english = Html.Parse(post.In("en")!.Html);
        Assert.Equal("intro", english.QuerySelector("h2")!.Id);
        Assert.Equal("en", post.In("en")!.SectionId);
        Assert.Null(Html.Parse(post.In("vi")!.Html).QuerySelector("p")!.GetAttribute("lang"));
    }

    [Fact]
    public void The_language_heading_id_is_kept_for_links_from_a_pandoc_site()
    {
        var post = Parse.Post(Samples.BilingualPost);

        Assert.Equal("english", post.In("en")!.SectionId);
        Assert.Equal("tiếng-việt", post.In("vi")!.SectionId);
    }

    [Fact]
    public void A_title_with_markdown_is_shown_as_text_and_once()
    {
        var post = Parse.Post("""
            ---
            title: "Using `git bisect` *well*"
            ---

            # Using `git bisect` *well*

            ## First
            ## Second
            """);

        Assert.Equal("Using git bisect well", post.Main.Title);
        Assert.Empty(Html.Parse(post.Main.Html).QuerySelectorAll("h1"));
        Assert.Equal(["First", "Second"], post.Main.Toc.Select(e => e.Text));
    }

    [Fact]
    public void Without_a_title_key_the_first_h1_is_the_title_even_after_an_introduction()
    {
        var post = Parse.Post("Intro.\n\n# Real Title\n\nMore.\n", "03-notes.md");

        Assert.Equal("Real Title", post.Main.Title);
        var body = Html.Parse(post.Main.Html);
        Assert.Empty(body.QuerySelectorAll("h1"));
        Assert.Equal(["Intro.", "More."], body.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public void A_language_section_may_open_with_its_own_title()
    {
        var post = Parse.Post("""
            ---
            title: Queues
            lang: en
            ---

            ## English
            Text.

            ## Tiếng Việt
            # Hàng đợi
            Chữ.
            """);

        Assert.Equal("Queues", post.In("en")!.Title);
        Assert.Equal("Hàng đợi", post.In("vi")!.Title);
        Assert.Empty(Html.Parse(post.In("vi")!.Html).QuerySelectorAll("h1"));
    }

    [Fact]
    public void A_regional_lang_is_its_language_with_the_region_kept_for_the_page()
    {
        var post = Parse.Post("""
            ---
            lang: en-us
            ---

            ## English
            Hello.

            ## Tiếng Việt
            Xin chào.
            """);

        Assert.Equal("en", post.MainLanguage);
        Assert.Equal(["en", "vi"], post.Translations.Select(t => t.Language));
        Assert.Equal("en-US", post.Main.Tag);
        Assert.Equal("vi", post.In("vi")!.Tag);
    }

    [Theory]
    [InlineData("O(n²) algorithms", "on²-algorithms")]
    [InlineData("Step ½", "step-½")]
    public void Heading_ids_keep_numbers_pandoc_keeps(string heading, string id)
    {
        var post = Parse.Post($"## {heading}\n");

        Assert.Equal(id, Html.Parse(post.Main.Html).QuerySelector("h2")!.Id);
    }

    [Theory]
    [InlineData("July 29, 2025")]
    [InlineData("29 July 2025")]
    [InlineData("Jul 29, 2025")]
    public void Written_out_english_dates_are_days_without_a_time(string written)
    {
        var post = Parse.Post($"---\ndate: \"{written}\"\n---\nText.\n");

        Assert.Equal("2025-07-29", post.Date!.Value.ToIso());
    }

    [Fact]
    public void A_date_that_cannot_be_read_keeps_the_post_and_warns()
    {
        var result = Parse.Result("---\ntitle: x\ndate: \"Summer 2025\"\n---\nText.\n", "2024-01-01-x.md");

        Assert.Null(result.Post.Date);
        Assert.Equal("Summer 2025", result.Post.DateText);
        Assert.Equal(3, Assert.Single(result.Warnings).Line);
    }

    [Fact]
    public void Tags_that_differ_only_in_symbols_stay_apart_and_other_scripts_are_kept()
    {
        var post = Parse.Post("---\nkeywords: \"C#, C++, C, 日本語, Distributed  Systems\"\n---\nText.\n");

        Assert.Equal(["c-sharp", "c-plus-plus", "c", "日本語", "distributed-systems"], post.Main.Tags.Select(t => t.Slug));
        Assert.Equal("Distributed Systems", post.Main.Tags[^1].Name);
    }

    [Fact]
    public void Toc_depth_limits_the_levels_listed()
    {
        var post = Parse.Post("---\ntoc-depth: 1\n---\n## A\n### A1\n## B\n");

        Assert.Equal(["A", "B"], post.Main.Toc.Select(e => e.Text));
        Assert.All(post.Main.Toc, e => Assert.Empty(e.Children));
    }

    [Fact]
    public void A_published_post_keeps_its_address_when_a_draft_claims_the_same_slug()
    {
        using var folder = new TempPostsFolder();
        folder.Write("a.md", Samples.SingleLanguagePost("Draft", "2025-01-01", extra: "slug: same\ndraft: true"));
        folder.Write("b.md", Samples.SingleLanguagePost("Published", "2025-01-01", extra: "slug: same"));

        var result = new SiteLoader(new CollectingLoggerFactory()).Load(new SiteSources(folder.Path, null, "en", Blog.Content.Addresses.AddressRules.Default));

        Assert.Equal("/en/posts/same", result.Posts.Single(p => p.Main.Title == "Published").Main.Address);
        Assert.NotEqual("/en/posts/same", result.Posts.Single(p => p.Main.Title == "Draft").Main.Address);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void A_summary_taken_from_the_first_paragraph_keeps_what_the_author_escaped()
    {
        var post = Parse.Post("---\ntitle: Prices\n---\n\nPrices in \\*stars\\* and \\_lines\\_, from http://example.org.\n");

        Assert.Equal("Prices in *stars* and _lines_, from http://example.org.", post.Main.Summary);
    }
}
