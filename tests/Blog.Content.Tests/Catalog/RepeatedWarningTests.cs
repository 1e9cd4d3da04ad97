using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Catalog;

/// <summary>
/// A post is read again whenever any of its files changes, and a file that could not be read is
/// tried on every pass: the author hears each warning once while it lasts, not on every reading.
/// </summary>
public sealed class RepeatedWarningTests : IDisposable
{
    private const string Translation = "---\ntitle: Bản dịch\nlang: fr\n---\n\n## Một\n\nChữ.\n";

    private readonly TempPostsFolder _folder = new();
    private readonly CollectingLogger<PostLoader> _log = new();
    private readonly PostLoader _loader;

    public RepeatedWarningTests() => _loader = new PostLoader(_log);

    public void Dispose() => _folder.Dispose();

    private LoadResult Load() => _loader.Load(_folder.Path, "en");

    /// <summary>Two headings, where the translation has one; each edit changes only the text.</summary>
    private static string MainFile(int edit) => $"---\ntitle: Main\nlang: en\n---\n\n## One\n\nText {edit}.\n\n## Two\n\nMore.\n";

    private int Said(string text) => _log.Warnings.Count(w => w.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Editing_one_file_of_a_post_again_and_again_does_not_repeat_the_warnings_about_it()
    {
        _folder.Write("x.md", MainFile(0));
        _folder.Write("x.vi.md", Translation);

        for (var edit = 1; edit <= 5; edit++)
        {
            Assert.True(Load().Changed);
            _folder.Write("x.md", MainFile(edit));
        }

        Assert.Equal(1, Said("its translations differ in headings (en has 2, vi has 1)"));
        Assert.Equal(1, Said("'lang: fr' differs from the file name's language"));
    }

    [Fact]
    public void A_file_tried_again_on_every_pass_does_not_repeat_the_warnings_of_the_others()
    {
        _folder.Write("x.md", "---\ntitle: Main\nlang: en\ntranslations:\n  de:\n    title: Haupt\n---\n\nText.\n");
        var translation = _folder.Write("x.vi.md", Translation);

        // An editor holds the translation: the post is read again on every pass until it lets go.
        using (new FileStream(translation, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            for (var pass = 0; pass < 3; pass++)
            {
                Assert.Contains(Load().Failures, f => f is { File: "x.vi.md", Transient: true });
            }
        }

        Load();

        Assert.Equal(1, Said("x.vi.md: the file could not be read"));
        Assert.Equal(1, Said("'translations' gives values for 'de'"));
    }

    [Fact]
    public void A_warning_that_goes_away_and_comes_back_is_said_again()
    {
        _folder.Write("x.md", MainFile(0));
        _folder.Write("x.vi.md", Translation);
        Load();

        _folder.Write("x.vi.md", Translation.Replace("lang: fr", "lang: vi", StringComparison.Ordinal));
        Load();
        _folder.Write("x.vi.md", Translation);
        Load();

        Assert.Equal(2, Said("'lang: fr' differs from the file name's language"));
    }

    [Fact]
    public void Two_posts_with_one_slug_are_named_once_however_many_other_posts_change()
    {
        _folder.Write("a.md", Samples.SingleLanguagePost("First", "2025-01-01", extra: "slug: same"));
        _folder.Write("b.md", Samples.SingleLanguagePost("Second", "2025-01-02", extra: "slug: same"));
        var log = new CollectingLoggerFactory();
        var loader = new SiteLoader(log);

        for (var edit = 0; edit < 3; edit++)
        {
            _folder.Write("other.md", Samples.SingleLanguagePost($"Other {edit}", "2025-01-03"));
            var result = loader.Load(new SiteSources(_folder.Path, null, "en", Blog.Content.Addresses.AddressRules.Default));
            Assert.Contains(result.AddressNotes, n => n.File == "b.md");
        }

        Assert.Equal(1, log.Said("this post's address is /en/posts/2025/01/02/same"));
    }

}
