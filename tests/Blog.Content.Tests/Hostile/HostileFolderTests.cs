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

    /// <summary>Some files here are larger than a post may be by default, to test what the parser does with them.</summary>
    private long _maxPostBytes = PostLoader.DefaultMaxPostBytes;

    private LoadResult Load() => new PostLoader(_log).Load(_folder.Path, "en", maxPostBytes: _maxPostBytes);

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

        AssertSkipped("bad.md", "nested too deeply");
        var nested = Assert.Single(Load().Posts, p => p.Slug == "nested");
        Assert.Equal(30, Html.Parse(nested.Main.Html).QuerySelectorAll("li").Length);
    }

    [Theory]
    [InlineData("flow-map")]
    [InlineData("flow-list")]
    [InlineData("block")]
    [InlineData("list")]
    public void Nesting_that_would_exhaust_the_stack_or_take_seconds_is_refused_quickly(string shape)
    {
        var content = shape switch
        {
            "flow-map" => "---\nk: " + string.Concat(Enumerable.Repeat("{a: ", 20_000)) + "1" + new string('}', 20_000) + "\n---\n",
            "flow-list" => "---\ntags: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\n",
            "block" => "---\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "k:\n")) + "---\n",
            _ => string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', i * 2) + "- level\n")),
        };
        _folder.Write("deep.md", content);
        _maxPostBytes = 16 * 1024 * 1024;

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        AssertSkipped("deep.md", "nested");
        Assert.True(stopwatch.Elapsed < HangGuard.Limit, $"refusing took {stopwatch.Elapsed}");
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
        _maxPostBytes = 16 * 1024 * 1024;

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

    [Fact]
    public void A_hundred_thousand_repeated_headings_load_with_pandocs_ids()
    {
        _folder.Write("headings.md", string.Concat(Enumerable.Repeat("## Same\n\n", 100_000)));

        var post = Assert.Single(Load().Posts, p => p.Slug == "headings");
        var ids = Html.Parse(post.Main.Html).QuerySelectorAll("h2").Select(h => h.Id).ToList();
        Assert.Equal(100_000, ids.Count);
        Assert.Equal("same", ids[0]);
        Assert.Equal("same-1", ids[1]);
        Assert.Equal("same-50000", ids[50_000]);
        Assert.Equal("same-99999", ids[^1]);
        Assert.Equal(ids, post.Main.Toc.Select(e => e.Id));
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
    public void A_broken_translation_file_keeps_its_last_good_version_without_holding_back_the_main_file()
    {
        _folder.Write("x.md", Samples.SingleLanguagePost("Main", "2025-01-01"));
        _folder.Write("x.vi.md", "---\ntitle: Bản dịch\n---\nChữ.\n");
        var loader = new PostLoader(_log);
        loader.Load(_folder.Path, "en");

        _folder.Write("x.vi.md", "---\ntitle: [broken\n---\n");
        _folder.Write("x.md", Samples.SingleLanguagePost("Main, edited", "2025-01-01"));
        var result = loader.Load(_folder.Path, "en");

        var post = Assert.Single(result.Posts, p => p.Slug == "x");
        Assert.Equal("Main, edited", post.Main.Title);
        Assert.Equal("Bản dịch", post.In("vi")!.Title);
        Assert.Contains(_log.Warnings, w => w.Contains("x.vi.md", StringComparison.Ordinal) && w.Contains("previous version is still served", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_broken_translation_file_is_not_said_to_be_served_and_does_not_block_the_main_file()
    {
        _folder.Write("x.md", Samples.SingleLanguagePost("Main", "2025-01-01"));
        var loader = new PostLoader(_log);
        loader.Load(_folder.Path, "en");

        _folder.Write("x.vi.md", "---\ntitle: [broken\n---\n");
        _folder.Write("x.md", Samples.SingleLanguagePost("Main, edited", "2025-01-01"));
        var result = loader.Load(_folder.Path, "en");

        Assert.Equal("Main, edited", Assert.Single(result.Posts, p => p.Slug == "x").Main.Title);
        var warning = Assert.Single(_log.Warnings, w => w.Contains("x.vi.md", StringComparison.Ordinal));
        Assert.DoesNotContain("previous version", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_a_main_file_removes_it_even_while_its_translation_is_broken()
    {
        _folder.Write("x.md", Samples.SingleLanguagePost("Main", "2025-01-01"));
        _folder.Write("x.vi.md", "---\ntitle: Bản dịch\n---\nChữ.\n");
        var loader = new PostLoader(_log);
        loader.Load(_folder.Path, "en");

        _folder.Write("x.vi.md", "---\ntitle: [broken\n---\n");
        File.Delete(Path.Combine(_folder.Path, "x.md"));
        var result = loader.Load(_folder.Path, "en");

        Assert.DoesNotContain(result.Posts, p => p.Translations.Any(t => t.SourceFile == "x.md"));
    }

    [Fact]
    public void A_posts_folder_that_goes_away_keeps_the_published_posts_until_it_is_back()
    {
        var loader = new PostLoader(_log);
        loader.Load(_folder.Path, "en");
        var moved = _folder.Path + "-moved";
        Directory.Move(_folder.Path, moved);
        try
        {
            var away = loader.Load(_folder.Path, "en");
            Assert.Equal("good", Assert.Single(away.Posts).Slug);
            Assert.Contains(_log.Warnings, w => w.Contains("does not exist", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Move(moved, _folder.Path);
        }

        _folder.Write("second.md", Samples.SingleLanguagePost("Second", "2025-02-01"));
        Assert.Equal(2, loader.Load(_folder.Path, "en").Posts.Count);
    }

    [Fact]
    public void A_file_that_could_not_be_read_is_tried_again_without_being_changed()
    {
        var loader = new PostLoader(_log);
        var file = _folder.Write("locked.md", Samples.SingleLanguagePost("Locked", "2025-01-01"));

        // An editor holding the file exclusively: .NET honours the lock on every platform, root or not.
        using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var locked = loader.Load(_folder.Path, "en");
            Assert.Contains(locked.Failures, f => f.File == "locked.md" && f.Transient);
            Assert.DoesNotContain(_folder.Path, Assert.Single(locked.Failures).Problem, StringComparison.Ordinal);
        }

        Assert.Contains(loader.Load(_folder.Path, "en").Posts, p => p.Slug == "locked");
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
