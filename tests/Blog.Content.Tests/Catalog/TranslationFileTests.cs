using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Catalog;

/// <summary><c>my-post.md</c> and <c>my-post.vi.md</c> are one post in two languages.</summary>
public sealed class TranslationFileTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();

    public void Dispose() => _folder.Dispose();

    private LoadResult Load() => new PostLoader(_log).Load(_folder.Path, "en");

    [Fact]
    public void A_file_and_its_translation_file_are_one_post()
    {
        _folder.Write("2025-05-01-queues.md", "---\ntitle: Queues\nauthor: Minh\n---\n\n## Why\nText.[^1]\n\n## How\nMore.\n\n[^1]: A note.\n");
        _folder.Write("2025-05-01-queues.vi.md", "---\ntitle: Hàng đợi\n---\n\n## Why\nChữ.[^1]\n\n## Thế nào\nThêm.\n\n[^1]: Ghi chú.\n");

        var result = Load();

        var post = Assert.Single(result.Posts);
        Assert.Equal(["en", "vi"], post.Translations.Select(t => t.Language));
        Assert.Equal("queues", post.In("vi")!.Slug);
        Assert.Equal("Hàng đợi", post.In("vi")!.Title);
        Assert.Equal("2025-05-01-queues.vi.md", post.In("vi")!.SourceFile);
        Assert.Equal("Minh", post.Author);
        Assert.Equal(new DateOnly(2025, 5, 1), post.Date!.Value.Day);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void The_versions_of_a_post_never_share_an_id()
    {
        _folder.Write("queues.md", "---\ntitle: Queues\n---\n\n## Why\nText.[^1]\n\n## How\n\n[^1]: Note.\n");
        _folder.Write("queues.vi.md", "---\ntitle: Hàng đợi\n---\n\n## Why\nChữ.[^1]\n\n## How\n\n[^1]: Ghi chú.\n");

        var post = Assert.Single(Load().Posts);

        var english = Html.Parse(post.In("en")!.Html).QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        var vietnamese = Html.Parse(post.In("vi")!.Html).QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Contains("why", english);
        Assert.Contains("why-1", vietnamese);
        Assert.Empty(english.Intersect(vietnamese));
    }

    [Fact]
    public void What_a_translation_file_does_not_say_comes_from_the_main_file()
    {
        _folder.Write("2025-05-01-queues.md", "---\ntitle: Queues\nsubtitle: Why\nslug: message-queues\nkeywords: queues, messaging\n---\n\nText.\n");
        _folder.Write("2025-05-01-queues.vi.md", "---\nlang: vi\n---\n\nChữ.\n");

        var vi = Assert.Single(Load().Posts).In("vi")!;

        Assert.Equal("Queues", vi.Title);
        Assert.Equal("en", vi.TitleTag);
        Assert.Equal("Why", vi.Subtitle);
        Assert.Equal("en", vi.SubtitleTag);
        Assert.Equal("message-queues", vi.Slug);
        Assert.Equal(["queues", "messaging"], vi.Tags.Select(t => t.Slug));
    }

    [Fact]
    public void A_translation_file_alone_is_a_post_in_its_language()
    {
        _folder.Write("notes.vi.md", "---\ntitle: Ghi chép\n---\nChữ.\n");

        var post = Assert.Single(Load().Posts);

        Assert.Equal("vi", post.MainLanguage);
        Assert.Equal("notes", post.Slug);
    }

    [Fact]
    public void A_dot_in_a_name_is_not_a_language_unless_it_names_one()
    {
        _folder.Write("intro.to.md", "---\ntitle: Intro\n---\nText.\n");

        var post = Assert.Single(Load().Posts);

        Assert.Equal("en", post.MainLanguage);
        Assert.Equal("intro-to", post.Slug);
    }

    [Fact]
    public void A_translation_that_falls_behind_is_reported_once_naming_the_files()
    {
        _folder.Write("queues.md", "---\ntitle: Queues\n---\n\n## One\n## Two\n## Three\n## Four\n");
        _folder.Write("queues.vi.md", "---\ntitle: Hàng đợi\n---\n\n## Một\n## Hai\n## Ba\n");

        Load();

        var warning = Assert.Single(_log.Warnings);
        Assert.Contains("queues.md", warning, StringComparison.Ordinal);
        Assert.Contains("queues.vi.md", warning, StringComparison.Ordinal);
        Assert.Contains("en has 4, vi has 3", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_file_post_whose_sections_differ_is_reported_too()
    {
        _folder.Write("queues.md", "---\ntitle: Queues\n---\n\n## English\n### One\n### Two\n\n## Tiếng Việt\n### Một\n");

        Load();

        Assert.Contains("queues.md", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Matching_translations_raise_no_warning()
    {
        _folder.Write("queues.md", "---\ntitle: Queues\n---\n\n## English\n### One\n### Two\n\n## Tiếng Việt\n### Một\n### Hai\n");

        Load();

        Assert.Empty(_log.Warnings);
    }

    [Fact]
    public void Two_posts_claiming_one_address_in_a_language_are_both_published_at_two_addresses()
    {
        _folder.Write("a.md", "---\ntitle: A\ntranslations:\n  vi:\n    slug: chung\n---\n## English\nA.\n\n## Tiếng Việt\nA.\n");
        _folder.Write("b.md", "---\ntitle: B\nlang: vi\nslug: chung\n---\nB.\n");

        var result = new SiteLoader(new CollectingLoggerFactory()).Load(new SiteSources(_folder.Path, null, "en", Blog.Content.Addresses.AddressRules.Default));

        Assert.Empty(result.Failures);
        var a = result.Posts.Single(p => p.SourceFile == "a.md");
        var b = result.Posts.Single(p => p.SourceFile == "b.md");
        Assert.Equal("/vi/posts/chung", a.In("vi")!.Address);
        Assert.Equal("/vi/posts/chung-2", b.Main.Address);
        var note = Assert.Single(result.AddressNotes);
        Assert.Equal("b.md", note.File);
        Assert.Contains("a.md", note.Text, StringComparison.Ordinal);
    }

}
