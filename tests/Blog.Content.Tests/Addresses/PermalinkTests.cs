using Blog.Content.Addresses;
using Blog.Content.Tests.Support;

namespace Blog.Content.Tests.Addresses;

/// <summary>The permalink pattern: what each token gives, and patterns that could not give every post its own address are refused.</summary>
public sealed class PermalinkTests
{
    private static readonly string Dated = "---\ntitle: T\ndate: 2025-08-06\n---\nText.\n";

    [Theory]
    [InlineData("/{lang}/posts/{slug}", "/en/posts/deep-work")]
    [InlineData("/{lang}/{section}/{slug}", "/en/productivity/deep-work")]
    [InlineData("/{lang}/{year}/{month}/{day}/{slug}", "/en/2025/08/06/deep-work")]
    [InlineData("/{lang}/posts/{path}", "/en/posts/productivity/2025/08/06/deep-work")]
    [InlineData("/{lang}/archive/{year}/{folder}/{slug}", "/en/archive/2025/productivity/2025/08/06/deep-work")]
    public void Each_token_takes_its_value_from_the_file(string pattern, string expected)
    {
        var post = Parse.Post(Dated, "productivity/2025/08/06/deep-work.md");

        Assert.Equal(expected, Permalink.Parse(pattern).Format(post, post.Main));
    }

    [Fact]
    public void A_token_with_nothing_to_give_leaves_its_segment_out()
    {
        var post = Parse.Post("---\ntitle: T\n---\nText.\n", "top.md");

        Assert.Equal("/en/top", Permalink.Parse("/{lang}/{section}/{year}/{slug}").Format(post, post.Main));
    }

    [Fact]
    public void A_folder_of_its_own_is_named_by_the_folder()
    {
        var post = Parse.Post(Dated, "productivity/deep-work/index.md");

        Assert.Equal("deep-work", post.Slug);
        Assert.Equal("/en/posts/productivity/deep-work", Permalink.Parse("/{lang}/posts/{path}").Format(post, post.Main));
    }

    [Theory]
    [InlineData("/posts/{slug}", "must start with /{lang}/")]
    [InlineData("/{lang}/posts/{year}", "neither {slug} nor {path}")]
    [InlineData("/{lang}/posts/{title}", "unknown token {title}")]
    [InlineData("/{lang}/posts/x{slug}", "a token is a segment of its own")]
    [InlineData("/{lang}/Posts/{slug}", "fixed segments are lower-case")]
    [InlineData("/{lang}/{slug}/{path}", "more than once")]
    public void A_pattern_that_cannot_work_is_refused_saying_why(string pattern, string why)
    {
        Assert.False(Permalink.TryParse(pattern, out _, out var problem));
        Assert.Contains(why, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/posts/a/b.html", "/posts/a/b")]
    [InlineData("/posts/a/b/", "/posts/a/b")]
    [InlineData("/Posts/A/B", "/posts/a/b")]
    [InlineData("/resume/index.html", "/resume")]
    [InlineData("/resume.html", "/resume")]
    [InlineData("//posts//a", "/posts/a")]
    [InlineData("/", "/")]
    [InlineData("/index.html", "/index")]
    [InlineData("/en/posts/deep-work", "/en/posts/deep-work")]
    [InlineData("/en/posts/index", "/en/posts")]
    [InlineData("/en/posts/_index", "/en/posts")]
    [InlineData("/en/posts/x.md", "/en/posts/x")]
    [InlineData("/posts/x.htm", "/posts/x")]
    [InlineData("/.md", "/.md")]
    [InlineData("/vi/bài-viết", "/vi/bài-viết")]
    [InlineData("/vi/BÀI", "/vi/bài")]
    [InlineData("posts/a", "/posts/a")]
    public void Old_spellings_of_an_address_find_one_key(string path, string key)
    {
        Assert.Equal(key, AddressKey.Of(path));
    }
}
