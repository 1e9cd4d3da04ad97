using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Catalog;

public sealed class PostLoaderTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();

    public void Dispose() => _folder.Dispose();

    private LoadResult Load() => new PostLoader(_log).Load(_folder.Path, "en");

    [Fact]
    public void Every_markdown_file_in_the_folder_and_its_subfolders_is_loaded()
    {
        _folder.Write("2025-01-01-one.md", Samples.SingleLanguagePost("One", "2025-01-01"));
        _folder.Write("2024/2024-05-05-two.md", Samples.SingleLanguagePost("Two", "2024-05-05"));
        _folder.Write("notes.txt", "not a post");

        var result = Load();

        Assert.Equal(["one", "two"], result.Posts.Select(p => p.Slug).Order());
        Assert.Empty(result.Failures);
        Assert.Equal("2024/2024-05-05-two.md", result.Posts.Single(p => p.Slug == "two").SourceFile);
    }

    [Fact]
    public void A_broken_post_is_skipped_and_named_in_the_log_while_the_others_load()
    {
        _folder.Write("good.md", Samples.SingleLanguagePost("Good", "2025-01-01"));
        _folder.Write("broken.md", "---\ntitle: \"unclosed\ndate: 2025-01-01\n---\nText\n");

        var result = Load();

        Assert.Equal("good", Assert.Single(result.Posts).Slug);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("broken.md", failure.File);
        Assert.NotNull(failure.Line);
        var warning = Assert.Single(_log.Warnings);
        Assert.Contains("broken.md", warning, StringComparison.Ordinal);
        Assert.Contains($"line {failure.Line}", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_non_utf8_files_are_skipped_with_a_reason()
    {
        _folder.Write("empty.md", string.Empty);
        _folder.WriteBytes("latin1.md", System.Text.Encoding.Latin1.GetBytes("---\ntitle: Café\n---\n"));

        var result = Load();

        Assert.Empty(result.Posts);
        Assert.Equal(["empty.md", "latin1.md"], result.Failures.Select(f => f.File));
        Assert.Equal(2, _log.Warnings.Count);
    }

    [Fact]
    public void Two_files_with_one_slug_are_two_posts_and_the_log_names_the_address_each_got()
    {
        _folder.Write("b.md", Samples.SingleLanguagePost("First", "2025-01-01", extra: "slug: same"));
        _folder.Write("a.md", Samples.SingleLanguagePost("Second", "2025-01-02", extra: "slug: same"));
        var log = new CollectingLoggerFactory();

        var result = new SiteLoader(log).Load(new SiteSources(_folder.Path, null, "en", Blog.Content.Addresses.AddressRules.Default));

        // The earlier post keeps the plain address whatever the file names' order; the later one is qualified by its date.
        Assert.Equal("/en/posts/same", result.Posts.Single(p => p.Main.Title == "First").Main.Address);
        Assert.Equal("/en/posts/2025/01/02/same", result.Posts.Single(p => p.Main.Title == "Second").Main.Address);
        var said = Assert.Single(log.Entries, e => e.Message.Contains("/en/posts/2025/01/02/same", StringComparison.Ordinal));
        Assert.Contains("a.md", said.Message, StringComparison.Ordinal);
        Assert.Contains("b.md", said.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_files_and_editor_leftovers_are_not_posts()
    {
        _folder.Write("real.md", Samples.SingleLanguagePost("Real", "2025-01-01"));
        _folder.Write(".hidden.md", "# hidden");
        _folder.Write(".#real.md", "# lock file");
        _folder.Write("real.md~", "# backup");
        _folder.Write(".git/HEAD.md", "# inside a hidden folder");

        var result = Load();

        Assert.Equal("real", Assert.Single(result.Posts).Slug);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void Links_are_not_followed_out_of_the_folder()
    {
        using var outside = new TempPostsFolder();
        var secret = outside.Write("secret.md", Samples.SingleLanguagePost("Secret", "2025-01-01"));
        _folder.Write("real.md", Samples.SingleLanguagePost("Real", "2025-01-01"));
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "linked.md"), secret);
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "linked-dir"), outside.Path);

        var result = Load();

        Assert.Equal("real", Assert.Single(result.Posts).Slug);
    }

    [Fact]
    public void A_missing_folder_gives_an_empty_site_and_a_warning()
    {
        var result = new PostLoader(_log).Load(Path.Combine(_folder.Path, "nope"), "en");

        Assert.Empty(result.Posts);
        Assert.Contains("does not exist", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_folder_loads_to_the_same_posts_every_time()
    {
        for (var i = 0; i < 20; i++)
        {
            _folder.Write($"post-{i:00}.md", Samples.SingleLanguagePost($"Post {i}", "2025-01-01", extra: i % 5 == 0 ? "slug: shared" : ""));
        }

        var first = Load();
        var second = Load();

        Assert.Equal(first.Posts.Select(p => (p.Slug, p.SourceFile)), second.Posts.Select(p => (p.Slug, p.SourceFile)));
        Assert.Equal(first.Failures, second.Failures);
    }
}
