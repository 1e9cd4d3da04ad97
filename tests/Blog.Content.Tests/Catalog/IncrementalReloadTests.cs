using Blog.Content.Addresses;
using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Blog.Content.Tests.Catalog;

/// <summary>
/// Reloading just the files a watcher named gives the same site as reading the whole folder again:
/// each case patches a loaded site, then compares every post, address, list, tag, search entry, failure
/// and warning with a twin that went through the same changes by whole reads (as the site did before
/// patches; a whole read remembers what was published, so a fresh loader is no match for a broken edit).
/// Cases a patch cannot settle alone (a clash of addresses, a new language, a list's intro, a folder)
/// must fall back to a whole read, and agree too.
/// </summary>
public sealed class IncrementalReloadTests : IDisposable
{
    private static readonly DateTimeOffset Today = new(2025, 8, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempPostsFolder _folder = new();
    private readonly ManualClock _clock = new(Today);
    private readonly SiteLoader _loader = new(NullLoggerFactory.Instance);
    private readonly CatalogStore _store;
    private readonly SiteLoader _twin = new(NullLoggerFactory.Instance);
    private readonly CatalogStore _twinStore;

    public IncrementalReloadTests()
    {
        _store = new CatalogStore(_clock);
        _twinStore = new CatalogStore(_clock);
        Write("2025-01-01-first.md", Post("First", "2025-01-01", "queues, go"));
        Write("2025-02-01-second.md", Samples.BilingualPost.Replace("2025-07-29", "2025-02-01", StringComparison.Ordinal));
        Write("notes/2025-03-01-deep.md", Post("Deep", "2025-03-01", "notes, go"));
        Write("notes/2025-03-02-deeper.md", Post("Deeper", "2025-03-02", "notes"));
        Write("notes/index.md", "---\ntitle: Notes\n---\n\nWhat I noted.\n");
        Write("travel/2024/2024-12-24-far.md", Post("Far", "2024-12-24", "travel"));
        Write("2025-04-01-queues.md", Post("Queues", "2025-04-01", "queues"));
        Write("2025-04-01-queues.vi.md", "---\ntitle: Hàng đợi\nkeywords: hàng đợi, queues\n---\n\nChữ.\n");
        Write("2025-05-01-moved.md", Post("Moved", "2025-05-01", "go", "aliases: [\"/old/moved.html\", \"/posts/squat.html\"]"));
        Write("2025-06-01-draft.md", Post("Draft", "2025-06-01", "go", "draft: true"));
        Write("2025-09-01-future.md", Post("Future", "2025-09-01", "go"));
        Write("index.md", "---\ntitle: All posts\n---\n\nEverything.\n");
        _folder.Write("pages/about.md", "---\ntitle: About\n---\n\nMe.\n");
        _store.Replace(_loader.Load(Sources));
        _twinStore.Replace(_twin.Load(Sources));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Changes per sequence; each is compared with a whole read of the folder.</summary>
    private const int Steps = 60;

    /// <summary>A few sequences on every run (hundreds were run once, by hand, when patches were written).</summary>
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 6)];

    private string PostsPath => Path.Combine(_folder.Path, "posts");

    private SiteSources Sources => new(PostsPath, Path.Combine(_folder.Path, "pages"), "en", AddressRules.Default, GitDates: false);

    private static string Post(string title, string date, string tags, string extra = "", string lang = "en") =>
        $"---\ntitle: \"{title}\"\ndate: \"{date}\"\nlang: \"{lang}\"\nkeywords: \"{tags}\"\n{extra}\n---\n\nSome text about {title}, and queues.\n";

    private void Write(string file, string text) => _folder.Write("posts/" + file, text);

    private void Delete(string file) => File.Delete(Path.Combine(PostsPath, file));

    private void Rename(string from, string to) => File.Move(Path.Combine(PostsPath, from), Path.Combine(PostsPath, to));

    /// <summary>
    /// Takes in the named files as a watcher would hand them over (the catalog swapped when anything
    /// changed, as the refresher does), and checks the result and the catalog against the twin's whole
    /// read; <paramref name="patched"/> says whether the loader and the catalog are expected to have
    /// patched, or to have read and built everything again.
    /// </summary>
    private LoadResult Reload(bool patched, params string[] named)
    {
        var result = Take(_loader.Load(Sources, named), _store);
        var whole = Take(_twin.Load(Sources), _twinStore);

        Assert.Equal(CatalogDump.Of(whole), CatalogDump.Of(result));
        Assert.Equal(CatalogDump.Of(_twinStore.Current), CatalogDump.Of(_store.Current));
        Assert.Equal(patched, result.Changes is not null && _store.Current.IsPatch);
        return result;
    }

    private static LoadResult Take(LoadResult result, CatalogStore store)
    {
        if (result.Changed)
        {
            store.Replace(result);
        }

        return result;
    }

    [Fact]
    public void An_edit_of_one_post_is_patched()
    {
        Write("2025-01-01-first.md", Post("First, revised", "2025-01-01", "queues, go"));

        var result = Reload(patched: true, "2025-01-01-first.md");

        Assert.Equal(1, result.ParsedFiles);
        Assert.Equal("First, revised", _store.Current.Find("en", "first")!.Translation.Title);
    }

    [Fact]
    public void Made_ready_after_a_whole_read_the_next_patches_give_the_same()
    {
        _loader.PrepareForChanges(Sources);
        _loader.PrepareForChanges(Sources);

        Write("2025-03-15-new.md", Post("New", "2025-03-15", "go, rust"));
        Reload(patched: true, "2025-03-15-new.md");
        Write("2025-01-01-first.md", Post("First, revised", "2025-01-01", "queues, go"));
        Reload(patched: true, "2025-01-01-first.md");
    }

    [Fact]
    public void Several_edits_in_a_row_stay_equal_to_a_whole_read()
    {
        for (var i = 0; i < 5; i++)
        {
            Write("2025-01-01-first.md", Post($"First {i}", "2025-01-01", "queues, go"));
            Write("notes/2025-03-01-deep.md", Post($"Deep {i}", "2025-03-01", i % 2 == 0 ? "notes" : "notes, go"));
            Reload(patched: true, "2025-01-01-first.md", "notes/2025-03-01-deep.md");
        }
    }

    [Fact]
    public void A_new_post_is_patched_in_among_the_others()
    {
        Write("2025-03-15-new.md", Post("New", "2025-03-15", "go, rust"));

        Reload(patched: true, "2025-03-15-new.md");

        Assert.Equal(["2025-05-01-moved.md", "2025-04-01-queues.md", "2025-03-15-new.md"], _store.Current.Published.Take(3).Select(p => p.SourceFile));
    }

    [Fact]
    public void A_new_post_in_a_new_nested_folder_is_patched_when_the_file_is_named()
    {
        Write("ideas/2025/2025-07-02-idea.md", Post("Idea", "2025-07-02", "ideas"));

        Reload(patched: true, "ideas/2025/2025-07-02-idea.md");

        Assert.NotNull(_store.Current.FindSection("ideas"));
    }

    [Fact]
    public void A_folder_named_is_read_whole()
    {
        Write("ideas/2025-07-02-idea.md", Post("Idea", "2025-07-02", "ideas"));

        Reload(patched: false, "ideas");
    }

    [Fact]
    public void A_deleted_post_is_patched_out()
    {
        Delete("2025-02-01-second.md");

        Reload(patched: true, "2025-02-01-second.md");

        Assert.Null(_store.Current.FindAddress("/en/posts/second"));
    }

    [Fact]
    public void The_last_post_of_a_section_deleted_takes_its_list_away()
    {
        Delete("travel/2024/2024-12-24-far.md");

        Reload(patched: true, "travel/2024/2024-12-24-far.md");

        Assert.Null(_store.Current.FindSection("travel"));
    }

    [Fact]
    public void A_folder_with_posts_gone_is_read_whole()
    {
        Directory.Delete(Path.Combine(PostsPath, "travel"), recursive: true);

        Reload(patched: false, "travel");
    }

    [Fact]
    public void A_renamed_post_is_patched()
    {
        Rename("2025-01-01-first.md", "2025-01-01-first-renamed.md");

        Reload(patched: true, "2025-01-01-first.md", "2025-01-01-first-renamed.md");

        Assert.NotNull(_store.Current.FindAddress("/en/posts/first-renamed"));
        Assert.Null(_store.Current.FindAddress("/en/posts/first"));
    }

    [Fact]
    public void An_editor_saving_through_a_hidden_file_is_followed()
    {
        Write(".first.md.tmp", Post("Saved atomically", "2025-01-01", "queues, go"));
        Rename(".first.md.tmp", "2025-01-01-first.md.new");
        File.Move(Path.Combine(PostsPath, "2025-01-01-first.md.new"), Path.Combine(PostsPath, "2025-01-01-first.md"), overwrite: true);

        Reload(patched: true, ".first.md.tmp", "2025-01-01-first.md.new", "2025-01-01-first.md");

        Assert.Equal("Saved atomically", _store.Current.Find("en", "first")!.Translation.Title);
    }

    [Theory]
    [InlineData("2025-07-15")]
    [InlineData("2024-01-01")]
    [InlineData("")]
    public void A_post_whose_date_changes_moves_in_every_list(string date)
    {
        Write("2025-01-01-first.md", Post("First", date, "queues, go"));

        Reload(patched: true, "2025-01-01-first.md");
    }

    [Fact]
    public void A_post_whose_tags_change_moves_between_tag_lists()
    {
        Write("2025-01-01-first.md", Post("First", "2025-01-01", "rust, Queues, notes"));

        Reload(patched: true, "2025-01-01-first.md");

        Assert.Contains(_store.Current.Tagged("en", "rust"), p => p.SourceFile == "2025-01-01-first.md");
    }

    [Fact]
    public void A_post_whose_slug_changes_moves_to_its_new_address()
    {
        Write("2025-01-01-first.md", Post("First", "2025-01-01", "queues, go", "slug: the-first"));

        Reload(patched: true, "2025-01-01-first.md");

        Assert.NotNull(_store.Current.FindAddress("/en/posts/the-first"));
    }

    [Fact]
    public void A_translation_file_added_and_removed_changes_the_posts_languages()
    {
        Write("2025-01-01-first.vi.md", "---\ntitle: Đầu tiên\nkeywords: go\n---\n\nChữ.\n");
        Reload(patched: true, "2025-01-01-first.vi.md");
        Assert.NotNull(_store.Current.Find("vi", "first"));

        Delete("2025-01-01-first.vi.md");
        Reload(patched: true, "2025-01-01-first.vi.md");
        Assert.Null(_store.Current.Find("vi", "first"));
    }

    [Fact]
    public void The_main_file_deleted_leaves_its_translation_as_the_post()
    {
        Delete("2025-04-01-queues.md");

        Reload(patched: true, "2025-04-01-queues.md");

        Assert.Equal("vi", _store.Current.FindAnyLanguage("queues")!.MainLanguage);
    }

    [Fact]
    public void A_file_whose_name_reads_as_a_language_joins_the_post_that_appears_beside_it()
    {
        // "xx" is no language the blog knows: alone, the file is a post of its own.
        Write("2025-07-01-pair.xx.md", Post("Pair xx", "2025-07-01", "go"));
        Reload(patched: true, "2025-07-01-pair.xx.md");

        Write("2025-07-01-pair.md", Post("Pair", "2025-07-01", "go"));
        Reload(patched: false, "2025-07-01-pair.md");
        Assert.Single(_store.Current.AllPosts, p => p.SourceFile.StartsWith("2025-07-01-pair", StringComparison.Ordinal));

        Delete("2025-07-01-pair.md");
        Reload(patched: false, "2025-07-01-pair.md");
    }

    [Fact]
    public void A_new_language_is_built_whole()
    {
        Write("2025-07-01-bonjour.md", Post("Bonjour", "2025-07-01", "go", lang: "fr"));

        Reload(patched: false, "2025-07-01-bonjour.md");

        Assert.Contains("fr", _store.Current.Languages);
    }

    [Fact]
    public void A_draft_published_and_a_post_made_a_draft_are_patched()
    {
        Write("2025-06-01-draft.md", Post("Draft", "2025-06-01", "go"));
        Write("2025-01-01-first.md", Post("First", "2025-01-01", "queues, go", "draft: true"));

        Reload(patched: true, "2025-06-01-draft.md", "2025-01-01-first.md");
    }

    [Fact]
    public void A_scheduled_post_edited_and_moved_sooner_is_patched()
    {
        Write("2025-09-01-future.md", Post("Future", "2025-08-15", "go"));

        Reload(patched: true, "2025-09-01-future.md");

        Assert.Equal(new DateTimeOffset(2025, 8, 15, 0, 0, 0, TimeSpan.Zero), _store.Current.ValidUntil);
    }

    [Fact]
    public void Once_a_scheduled_post_is_due_the_catalog_is_built_whole()
    {
        _clock.Now = new DateTimeOffset(2025, 9, 2, 0, 0, 0, TimeSpan.Zero);
        Write("2025-01-01-first.md", Post("First, later", "2025-01-01", "queues, go"));

        Reload(patched: false, "2025-01-01-first.md");

        Assert.Contains(_store.Current.Published, p => p.SourceFile == "2025-09-01-future.md");
    }

    [Fact]
    public void A_new_post_taking_an_address_already_held_settles_the_clash_with_a_whole_assignment()
    {
        Write("notes/2025-07-01-first.md", Post("Another first", "2025-07-01", "go"));
        Reload(patched: false, "notes/2025-07-01-first.md");

        // And back: its going frees the plain address for nobody else, but it had to be qualified.
        Delete("notes/2025-07-01-first.md");
        Reload(patched: false, "notes/2025-07-01-first.md");
    }

    [Fact]
    public void An_edit_of_a_post_whose_slug_another_post_has_keeps_its_addresses_and_builds_the_catalog_whole()
    {
        Write("notes/2025-07-01-first.md", Post("Another first", "2025-07-01", "go"));
        Reload(patched: false, "notes/2025-07-01-first.md");

        Write("notes/2025-07-01-first.md", Post("Another first, revised", "2025-07-01", "go, notes"));
        var result = Reload(patched: false, "notes/2025-07-01-first.md");

        // The addresses were patched (the post keeps its qualified ones); which post a shared slug finds depends on all.
        Assert.NotNull(result.Changes);
        Assert.False(_store.Current.IsPatch);
    }

    [Fact]
    public void A_post_with_an_alias_is_patched_while_its_addresses_stay()
    {
        Write("2025-05-01-moved.md", Post("Moved, revised", "2025-05-01", "go", "aliases: [\"/old/moved.html\", \"/posts/squat.html\"]"));
        Reload(patched: true, "2025-05-01-moved.md");

        Write("2025-05-01-moved.md", Post("Moved", "2025-05-01", "go", "aliases: [\"/old/moved.html\", \"/older/moved\"]"));
        Reload(patched: false, "2025-05-01-moved.md");
    }

    [Fact]
    public void A_new_post_claiming_another_posts_alias_is_assigned_whole()
    {
        Write("2025-07-01-squat.md", Post("Squatter", "2025-07-01", "go"));

        Reload(patched: false, "2025-07-01-squat.md");

        Assert.IsType<AnyLanguageAddress>(_store.Current.FindAddress("/posts/squat"));
    }

    [Fact]
    public void A_broken_edit_keeps_the_published_version_and_says_why()
    {
        Write("2025-01-01-first.md", "---\ntitle: [unclosed\n---\n\nText.\n");
        Reload(patched: true, "2025-01-01-first.md");
        Assert.Contains(_store.Current.Failures, f => f.File == "2025-01-01-first.md");
        Assert.Equal("First", _store.Current.Find("en", "first")!.Translation.Title);

        Write("2025-01-01-first.md", Post("First, fixed", "2025-01-01", "queues, go"));
        Reload(patched: true, "2025-01-01-first.md");
        Assert.Empty(_store.Current.Failures);
    }

    [Fact]
    public void A_lists_intro_changed_is_read_whole()
    {
        Write("notes/index.md", "---\ntitle: Field notes\n---\n\nWhat I noted, revised.\n");

        Reload(patched: false, "notes/index.md");

        Assert.Equal("Field notes", _store.Current.FindSection("notes")!.TitleIn("en"));
    }

    [Fact]
    public void Files_that_are_no_posts_change_nothing_but_the_empty_folder_warnings()
    {
        _folder.Write("posts/picture.png", "not really a picture");
        _folder.Write("posts/empty/picture.png", "not really a picture");
        Write("2025-01-01-first.md", Post("First, with a picture", "2025-01-01", "queues, go"));
        Reload(patched: true, "picture.png", "empty/picture.png", "2025-01-01-first.md");

        File.Delete(Path.Combine(PostsPath, "empty/picture.png"));
        Write("2025-01-01-first.md", Post("First, without", "2025-01-01", "queues, go"));
        Reload(patched: true, "empty/picture.png", "2025-01-01-first.md");
        Assert.Contains(_loader.Load(Sources).Warnings, w => w.File == "empty/");
    }

    [Fact]
    public void Named_files_that_did_not_change_change_nothing()
    {
        var before = _store.Current;

        var result = _loader.Load(Sources, ["2025-01-01-first.md", "nothing-here.md", ".hidden.md"]);

        Assert.False(result.Changed);
        _store.Replace(result);
        Assert.Equal(CatalogDump.Of(before), CatalogDump.Of(_store.Current));
    }

    [Fact]
    public void A_whole_read_after_patches_finds_nothing_left_to_do()
    {
        Write("2025-01-01-first.md", Post("First, revised", "2025-01-01", "queues, go"));
        Write("2025-07-01-new.md", Post("New", "2025-07-01", "go"));
        Reload(patched: true, "2025-01-01-first.md", "2025-07-01-new.md");

        var full = _loader.Load(Sources);

        Assert.False(full.Changed);
    }

    [Fact]
    public void A_change_the_watcher_missed_is_found_by_the_whole_read()
    {
        Write("2025-01-01-first.md", Post("First, revised", "2025-01-01", "queues, go"));
        Write("2025-07-01-new.md", Post("New", "2025-07-01", "go"));
        _store.Replace(_loader.Load(Sources, ["2025-01-01-first.md"]));
        Assert.Null(_store.Current.FindAddress("/en/posts/new"));

        var full = _loader.Load(Sources);
        _store.Replace(full);

        Assert.True(full.Changed);
        Assert.NotNull(_store.Current.FindAddress("/en/posts/new"));
    }

    /// <summary>
    /// Random edits, additions, deletions and renames (of posts, translation files, names that only look
    /// like translations, broken files, aliases, slugs, drafts, intros, pictures, whole folders), each
    /// compared with a whole read.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Any_sequence_of_changes_gives_what_a_whole_read_gives(int seed)
    {
        var random = new Random(seed);
        string[] names = ["alpha", "beta", "gamma", "first", "deep", "queues"];
        string[] folders = ["", "notes/", "travel/2024/", "ideas/"];
        string[] tags = ["go", "queues", "rust", "notes", "Go"];
        string[] extras = ["", "", "", "draft: true", "slug: shared", "aliases: [\"/old/a.html\"]", "aliases: [\"/posts/alpha\"]", "date: \"2026-01-01\""];
        var patches = 0;
        for (var step = 0; step < Steps; step++)
        {
            var existing = Directory.EnumerateFiles(PostsPath, "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(PostsPath, f).Replace('\\', '/'))
                .Where(f => !f.EndsWith("index.md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
            T Pick<T>(IReadOnlyList<T> from) => from[random.Next(from.Count)];
            var date = $"2025-{random.Next(1, 12):00}-{random.Next(1, 28):00}";
            var stem = $"{Pick(folders)}{date}-{Pick(names)}";
            var text = Post($"Post {step}", date, string.Join(", ", tags.Where(_ => random.Next(3) == 0)), Pick(extras));
            var named = new List<string>();
            switch (random.Next(12))
            {
                case < 4 when existing.Count > 0:
                    var edited = Pick(existing);
                    Write(edited, Post($"Edit {step}", random.Next(4) == 0 ? date : "2025-01-0" + random.Next(1, 9), string.Join(", ", tags.Where(_ => random.Next(2) == 0)), Pick(extras)));
                    named.Add(edited);
                    break;
                case 4 when existing.Count > 3:
                    var deleted = Pick(existing);
                    Delete(deleted);
                    named.Add(deleted);
                    break;
                case 5 when existing.Count > 0 && !File.Exists(Path.Combine(PostsPath, stem + ".md")):
                    var moved = Pick(existing);
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(PostsPath, stem))!);
                    Rename(moved, stem + ".md");
                    named.AddRange([moved, stem + ".md"]);
                    break;
                case 6 when existing.Count > 0:
                    // A translation file, or a name that only looks like one, beside a post.
                    var beside = PostGroups.Stem(Pick(existing)) + (random.Next(2) == 0 ? ".vi.md" : ".xx.md");
                    Write(beside, "---\ntitle: \"Bản dịch " + step + "\"\nkeywords: go\n---\n\nChữ.\n");
                    named.Add(beside);
                    break;
                case 7 when existing.Count > 0:
                    var broken = Pick(existing);
                    Write(broken, "---\ntitle: [unclosed\n---\n\nText.\n");
                    named.Add(broken);
                    break;
                case 8:
                    var intro = Pick(folders) + "index.md";
                    Write(intro, "---\ntitle: \"List " + step + "\"\n---\n\nIntro.\n");
                    named.Add(intro);
                    break;
                case 9:
                    var picture = Pick(folders) + "picture.png";
                    if (File.Exists(Path.Combine(PostsPath, picture)))
                    {
                        File.Delete(Path.Combine(PostsPath, picture));
                    }
                    else
                    {
                        Write(picture, "png");
                    }

                    named.Add(picture);
                    break;
                case 10 when random.Next(4) == 0 && Directory.Exists(Path.Combine(PostsPath, "ideas")):
                    Directory.Delete(Path.Combine(PostsPath, "ideas"), recursive: true);
                    named.Add("ideas");
                    break;
                default:
                    Write(stem + ".md", text);
                    named.Add(stem + ".md");
                    break;
            }

            var result = Take(_loader.Load(Sources, named), _store);
            patches += result.Changes is not null && _store.Current.IsPatch ? 1 : 0;
            var whole = Take(_twin.Load(Sources), _twinStore);
            Assert.Equal(CatalogDump.Of(whole), CatalogDump.Of(result));
            Assert.Equal(CatalogDump.Of(_twinStore.Current), CatalogDump.Of(_store.Current));
        }

        // Many changes of a site this size are isolated (the generator makes clashes on purpose); the rest
        // were read whole, and agreed as well.
        Assert.True(patches >= Steps / 10, $"only {patches} of {Steps} changes were patched");
    }
}
