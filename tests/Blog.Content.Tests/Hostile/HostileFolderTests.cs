using System.Text;
using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Hostile;

/// <summary>Files an author (or an editor, or a disk) can leave in the posts folder: skip the one, load the rest, say why.</summary>
public sealed class HostileFolderTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();

    public HostileFolderTests() => _folder.Write("good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));

    public void Dispose() => _folder.Dispose();

    private LoadResult Load() => new PostLoader(_log).Load(_folder.Path, "en");

    private void AssertSkipped(string file, string reason)
    {
        var result = Load();
        Assert.Contains(result.Posts, p => p.Slug == "good");
        var failure = Assert.Single(result.Failures, f => f.File == file);
        Assert.Contains(reason, failure.Problem, StringComparison.Ordinal);
        Assert.Contains(_log.Warnings, w => w.Contains(file, StringComparison.Ordinal) && w.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("---\ntitle: Broken: colon\n---\n", "not valid YAML")]
    [InlineData("---\n- a\n- b\n---\n", "but it is a list")]
    [InlineData("---\njust words\n---\n", "but it is a single value")]
    [InlineData("---\ndate: [1, 2]\n---\n", "'date' must be a single text value")]
    [InlineData("---\ndraft: \"maybe\"\n---\n", "'draft' must be true or false")]
    [InlineData("---\ntitle: never closed\n\nText.\n", "never closed")]
    [InlineData("", "the file is empty")]
    public void Broken_front_matter_and_empty_files_are_skipped_with_the_reason(string content, string reason)
    {
        _folder.Write("bad.md", content);

        AssertSkipped("bad.md", reason);
    }

    [Fact]
    public void A_file_that_is_not_utf8_text_is_skipped()
    {
        _folder.WriteBytes("bad.md", Encoding.Latin1.GetBytes("---\ntitle: Café crème\n---\n"));

        AssertSkipped("bad.md", "not UTF-8");
    }

    [Fact]
    public void Quotes_and_lists_nested_beyond_reason_are_skipped_and_reasonable_nesting_renders()
    {
        _folder.Write("bad.md", new string('>', 20_000) + " deep\n");
        _folder.Write("nested.md", string.Concat(Enumerable.Range(0, 30).Select(i => new string(' ', i * 2) + "- level\n")) + new string('>', 30) + " quoted\n");

        AssertSkipped("bad.md", "cannot be rendered");
        var nested = Assert.Single(Load().Posts, p => p.Slug == "nested");
        Assert.Equal(30, Html.Parse(nested.Main.Html).QuerySelectorAll("li").Length);
    }

    [Fact]
    public void A_ten_megabyte_post_loads()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Bộ nhớ đệm làm cho câu trả lời chậm trở nên nhanh.", 20));
        var body = new StringBuilder("---\ntitle: Huge\n---\n\n");
        while (body.Length < 10_000_000)
        {
            body.Append(paragraph).Append("\n\n");
        }

        _folder.Write("huge.md", body.ToString());

        var huge = Assert.Single(Load().Posts, p => p.Slug == "huge");
        Assert.True(huge.Main.WordCount > 1_000_000);
    }

    [Fact]
    public void Ten_thousand_headings_load_with_unique_ids()
    {
        _folder.Write("headings.md", string.Concat(Enumerable.Range(0, 10_000).Select(i => $"## Same heading\n\nText {i}.\n\n")));

        var post = Assert.Single(Load().Posts, p => p.Slug == "headings");
        var ids = Html.Parse(post.Main.Html).QuerySelectorAll("h2").Select(h => h.Id).ToList();
        Assert.Equal(10_000, ids.Distinct().Count());
        Assert.Equal(10_000, post.Main.Toc.Count);
    }

    [Theory]
    [InlineData("my first post.md", "my-first-post")]
    [InlineData("Bài viết đầu tiên.md", "bai-viet-dau-tien")]
    [InlineData("notes/Ghi chú 2.md", "ghi-chu-2")]
    public void File_names_with_spaces_unicode_and_no_date_get_safe_addresses(string file, string slug)
    {
        _folder.Write(file, "Text without front matter.\n");

        var post = Assert.Single(Load().Posts, p => p.Slug == slug);
        Assert.Null(post.Date);
    }

    [Theory]
    [InlineData(".post.md.swp")]
    [InlineData(".post.md.swo")]
    [InlineData("post.md~")]
    [InlineData(".#post.md")]
    [InlineData("#post.md#")]
    [InlineData(".hidden/post.md")]
    [InlineData("4913")]
    public void Editor_leftovers_and_hidden_files_are_ignored(string file)
    {
        _folder.Write(file, "---\ntitle: [broken\n");

        var result = Load();

        Assert.Equal(["good"], result.Posts.Select(p => p.Slug));
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void Only_the_changed_files_are_read_again()
    {
        for (var i = 0; i < 5; i++)
        {
            _folder.Write($"post-{i}.md", Samples.SingleLanguagePost($"Post {i}", "2025-01-01"));
        }

        var loader = new PostLoader(_log);
        Assert.Equal(6, loader.Load(_folder.Path, "en").ParsedFiles);

        var unchanged = loader.Load(_folder.Path, "en");
        Assert.False(unchanged.Changed);
        Assert.Equal(0, unchanged.ParsedFiles);

        _folder.Write("post-3.md", Samples.SingleLanguagePost("Post 3, edited", "2025-01-01"));
        var edited = loader.Load(_folder.Path, "en");
        Assert.True(edited.Changed);
        Assert.Equal(1, edited.ParsedFiles);
        Assert.Contains(edited.Posts, p => p.Main.Title == "Post 3, edited");
        Assert.Equal(6, edited.Posts.Count);

        File.Delete(Path.Combine(_folder.Path, "post-4.md"));
        var deleted = loader.Load(_folder.Path, "en");
        Assert.True(deleted.Changed);
        Assert.Equal(0, deleted.ParsedFiles);
        Assert.Equal(5, deleted.Posts.Count);
    }

    [Fact]
    public void A_broken_edit_keeps_the_last_good_version()
    {
        var loader = new PostLoader(_log);
        loader.Load(_folder.Path, "en");

        _folder.Write("good.md", "---\ntitle: [broken\n---\n");
        var broken = loader.Load(_folder.Path, "en");

        Assert.Equal("Good", Assert.Single(broken.Posts).Main.Title);
        Assert.Equal("good.md", Assert.Single(broken.Failures).File);
        Assert.Contains(_log.Warnings, w => w.Contains("good.md", StringComparison.Ordinal) && w.Contains("previous version is still served", StringComparison.Ordinal));

        _folder.Write("good.md", Samples.SingleLanguagePost("Good again", "2025-01-01"));
        var fixedResult = loader.Load(_folder.Path, "en");

        Assert.Equal("Good again", Assert.Single(fixedResult.Posts).Main.Title);
        Assert.Empty(fixedResult.Failures);
    }
}
