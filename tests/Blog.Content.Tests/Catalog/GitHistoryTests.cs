using System.Runtime.Versioning;
using Blog.Content.Catalog;
using Blog.Content.Tests.Support;
using Blog.Testing;
using LibGit2Sharp;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Blog.Content.Tests.Catalog;

/// <summary>
/// The last-changed date of each post file from git, on real repositories built here with chosen
/// commit times (no git program needed). Author times are set days before the committer times, so
/// a date that matches proves it is the committer's.
/// </summary>
public sealed class GitHistoryTests : IDisposable
{
    private static readonly DateTimeOffset Day1 = new(2025, 1, 1, 9, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly DateTimeOffset Day3 = Day1.AddDays(2);
    private static readonly DateTimeOffset Day4 = Day1.AddDays(3);
    private static readonly DateTimeOffset Day5 = Day1.AddDays(4);

    private readonly CollectingLogger<GitHistory> _log = new();
    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }

    [Fact]
    public void A_file_changed_later_has_the_later_date_and_an_untouched_file_keeps_its_first()
    {
        var repo = NewRepository();
        repo.Commit(Day1, ("continuous-learning/2025/08/20/name.md", "one"), ("untouched.md", "same"));
        repo.Commit(Day2, ("continuous-learning/2025/08/20/name.md", "two"));

        var dates = History().LastChanged(repo.Path);

        Assert.Equal(Day2, dates["continuous-learning/2025/08/20/name.md"]);
        Assert.Equal(Day1, dates["untouched.md"]);
        Assert.Equal(2, dates.Count);
    }

    [Fact]
    public void A_posts_folder_inside_the_repository_is_dated_by_its_own_files_keyed_relative_to_it()
    {
        var repo = NewRepository();
        repo.Commit(Day1, ("README.md", "readme"), ("posts/2025/first.md", "first"), ("posts/other.md", "other"), ("drafts/draft.md", "draft"));
        repo.Commit(Day2, ("README.md", "readme, edited"), ("drafts/draft.md", "draft, edited"));
        repo.Commit(Day3, ("posts/other.md", "other, edited"));
        repo.Write("posts/uncommitted.md", "not yet");

        var dates = History().LastChanged(Path.Combine(repo.Path, "posts"));

        Assert.Equal(["2025/first.md", "other.md"], dates.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Day1, dates["2025/first.md"]);
        Assert.Equal(Day3, dates["other.md"]);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_posts_folder_reached_through_a_link_is_placed_where_it_really_is()
    {
        var repo = NewRepository();
        repo.Commit(Day1, ("posts/first.md", "first"), ("README.md", "readme"));
        var links = Own(new TempPostsFolder());
        var link = Path.Combine(links.Path, "site");
        Directory.CreateSymbolicLink(link, repo.Path);

        var dates = History().LastChanged(Path.Combine(link, "posts"));

        Assert.Equal(Day1, Assert.Single(dates, pair => pair.Key == "first.md").Value);
        Assert.Single(dates);
    }

    /// <param name="padding">Extra files in the posts folder: enough make its tree too large to compare entry by entry.</param>
    [Theory]
    [InlineData(0)]
    [InlineData(150)]
    public void A_merge_does_not_claim_a_file_that_came_unchanged_from_the_merged_branch(int padding)
    {
        var repo = NewRepository();
        repo.Commit(Day1, [("a.md", "a"), .. Padding(padding)]);
        var main = repo.Branch;
        repo.StartBranch("side");
        repo.Commit(Day2, ("from-side.md", "side"));
        repo.Switch(main);
        repo.Commit(Day3, ("a.md", "a, edited on main"));

        var merge = repo.Git.Merge(repo.Git.Branches["side"], Signature(Day4), new MergeOptions { FastForwardStrategy = FastForwardStrategy.NoFastForward });

        Assert.Equal(MergeStatus.NonFastForward, merge.Status);
        Assert.Equal(2, repo.Git.Head.Tip.Parents.Count());
        var dates = History().LastChanged(repo.Path);
        Assert.Equal(Day2, dates["from-side.md"]);
        Assert.Equal(Day3, dates["a.md"]);
        Assert.All(Padding(padding), file => Assert.Equal(Day1, dates[file.Path]));
        Assert.Equal(2 + padding, dates.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(150)]
    public void A_merge_that_keeps_one_side_is_not_dated_by_the_other_and_one_that_writes_its_own_is(int padding)
    {
        var repo = NewRepository();
        repo.Commit(Day1, [("kept.md", "base"), ("resolved.md", "base"), .. Padding(padding)]);
        var main = repo.Branch;
        repo.StartBranch("side");
        // Newer than the edit on main, so a walk that took the newest change it meets would pick it.
        var side = repo.Commit(Day3, ("kept.md", "side's version"), ("resolved.md", "side's version"));
        repo.Switch(main);
        repo.Commit(Day2, ("kept.md", "main's version"), ("resolved.md", "main's version"));

        repo.CommitMerge(Day4, side, ("resolved.md", "both versions, merged by hand"));

        var dates = History().LastChanged(repo.Path);
        Assert.Equal(Day2, dates["kept.md"]);
        Assert.Equal(Day4, dates["resolved.md"]);
    }

    [Fact]
    public void A_renamed_file_is_dated_by_the_rename_and_a_file_deleted_and_added_again_by_its_return()
    {
        var repo = NewRepository();
        repo.Commit(Day1, ("old-name.md", "moved as it is"), ("returning.md", "back again"), ("stays.md", "stays"));
        repo.Move("old-name.md", "2025/new-name.md");
        repo.Commit(Day2, ("returning.md", null));
        repo.Commit(Day3, ("returning.md", "back again"));

        var dates = History().LastChanged(repo.Path);

        Assert.Equal(["2025/new-name.md", "returning.md", "stays.md"], dates.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Day2, dates["2025/new-name.md"]);
        Assert.Equal(Day3, dates["returning.md"]);
        Assert.Equal(Day1, dates["stays.md"]);
    }

    [Fact]
    public void A_folder_outside_any_repository_has_no_dates_and_says_so_once()
    {
        var folder = Own(new TempPostsFolder());
        folder.Write("post.md", "not in git");
        var history = History();

        Assert.Empty(history.LastChanged(folder.Path));
        Assert.Empty(history.LastChanged(folder.Path));

        var entry = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("not in a git repository", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_gaining_its_first_commit_gives_dates_from_then_on()
    {
        var repo = NewRepository();
        repo.Write("post.md", "written, not committed");
        var history = History();

        Assert.Empty(history.LastChanged(repo.Path));
        Assert.Empty(history.LastChanged(repo.Path));
        repo.Commit(Day1, ("post.md", "committed"));
        var dates = history.LastChanged(repo.Path);

        Assert.Equal(Day1, dates["post.md"]);
        var entry = Assert.Single(_log.Entries, e => e.Level > LogLevel.Debug);
        Assert.Contains("no commits yet", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_repository_has_no_dates_and_a_warning()
    {
        var folder = Own(new TempPostsFolder());
        Repository.Init(folder.Path, isBare: true);

        Assert.Empty(History().LastChanged(folder.Path));

        Assert.Contains("bare", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_missing_objects_has_no_dates_and_one_warning_instead_of_an_exception()
    {
        var repo = NewRepository();
        var first = repo.Commit(Day1, ("post.md", "one"));
        repo.Commit(Day2, ("post.md", "two"));
        repo.DeleteObject(first.Tree.Id);
        var history = History();

        Assert.Empty(history.LastChanged(repo.Path));
        Assert.Empty(history.LastChanged(repo.Path));

        Assert.Contains("cannot be read", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_shallow_clone_only_files_changed_after_its_boundary_have_dates()
    {
        var source = NewRepository();
        source.Commit(Day1, ("old.md", "old"), ("edited-at-boundary.md", "v1"), ("edited-later.md", "v1"));
        var boundary = source.Commit(Day2, ("edited-at-boundary.md", "v2"), ("added-at-boundary.md", "new"));
        source.Commit(Day3, ("edited-later.md", "v2"));
        var clone = Own(new TempPostsFolder());
        Repository.Clone(source.Path, clone.Path);
        // How git itself marks a shallow clone: the commits whose parents it does not have.
        File.WriteAllText(Path.Combine(clone.Path, ".git", "shallow"), boundary.Sha + "\n");

        using (var shallow = new Repository(clone.Path))
        {
            Assert.True(shallow.Info.IsShallow);
            Assert.Empty(shallow.Lookup<Commit>(boundary.Id).Parents);
        }

        var dates = History().LastChanged(clone.Path);

        Assert.Equal(Day3, Assert.Single(dates, pair => pair.Key == "edited-later.md").Value);
        Assert.Single(dates);
        var complete = History().LastChanged(source.Path);
        Assert.Equal([Day1, Day2, Day2, Day3], complete.Values.Order());
    }

    [Fact]
    public void The_same_head_gives_the_same_result_and_a_new_commit_a_new_one()
    {
        var repo = NewRepository();
        repo.Commit(Day1, ("a.md", "a"), ("b.md", "b"));
        var history = History();

        var first = history.LastChanged(repo.Path);
        repo.Write("b.md", "edited, not committed");
        var again = history.LastChanged(repo.Path);
        repo.Commit(Day2, ("b.md", "edited"));
        var after = history.LastChanged(repo.Path);

        Assert.Same(first, again);
        Assert.NotSame(first, after);
        Assert.Equal(Day1, first["b.md"]);
        Assert.Equal(Day1, after["a.md"]);
        Assert.Equal(Day2, after["b.md"]);
    }

    [Fact]
    public void Dates_carried_over_from_an_earlier_head_agree_with_a_walk_from_scratch()
    {
        var repo = NewRepository();
        repo.Commit(Day1, ("a.md", "a"), ("b.md", "b"), ("c.md", "c"));
        var main = repo.Branch;
        repo.StartBranch("side");
        var side = repo.Commit(Day2, ("c.md", "c on side"), ("d.md", "d"));
        repo.Switch(main);
        repo.Commit(Day3, ("a.md", "a, edited"));
        var history = History();
        history.LastChanged(repo.Path);

        repo.CommitMerge(Day4, side, ("c.md", "c on side"), ("d.md", "d"));
        repo.Commit(Day5, ("b.md", "b, edited"));
        var carried = history.LastChanged(repo.Path);

        var fresh = History().LastChanged(repo.Path);
        Assert.Equal(fresh.OrderBy(pair => pair.Key, StringComparer.Ordinal), carried.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal([Day3, Day5, Day2, Day2], new[] { "a.md", "b.md", "c.md", "d.md" }.Select(file => carried[file]));
    }

    private GitHistory History() => new(_log);

    private TestRepository NewRepository() => Own(new TestRepository());

    private T Own<T>(T owned)
        where T : IDisposable
    {
        _owned.Add(owned);
        return owned;
    }

    private static IEnumerable<(string Path, string? Content)> Padding(int count) =>
        Enumerable.Range(0, count).Select(i => ($"padding-{i:000}-with-a-longer-name.md", (string?)$"padding {i}"));

    private static Signature Signature(DateTimeOffset when) => new("Committer", "committer@example.org", when);

    /// <summary>A real repository in a temporary folder, committed to with chosen times.</summary>
    private sealed class TestRepository : IDisposable
    {
        private readonly TempPostsFolder _folder = new();

        public TestRepository()
        {
            Repository.Init(_folder.Path);
            Git = new Repository(_folder.Path);
        }

        public Repository Git { get; }

        public string Path => _folder.Path;

        public string Branch => Git.Head.FriendlyName;

        public void Write(string file, string content) => _folder.Write(file, content);

        public void Move(string from, string to)
        {
            var target = System.IO.Path.Combine(Path, to);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Move(System.IO.Path.Combine(Path, from), target);
        }

        /// <summary>Writes (or, for null content, deletes) the files, stages everything and commits it.</summary>
        public Commit Commit(DateTimeOffset when, params (string File, string? Content)[] changes)
        {
            Apply(changes);
            Commands.Stage(Git, "*");
            return Git.Commit($"Changes of {when:O}", Author(when), Signature(when));
        }

        /// <summary>A merge of <paramref name="other"/> into HEAD whose files are HEAD's with the given changes.</summary>
        public Commit CommitMerge(DateTimeOffset when, Commit other, params (string File, string? Content)[] changes)
        {
            Apply(changes);
            Commands.Stage(Git, "*");
            var tree = Git.ObjectDatabase.CreateTree(Git.Index);
            var merge = Git.ObjectDatabase.CreateCommit(Author(when), Signature(when), "Merge", tree, [Git.Head.Tip, other], prettifyMessage: false);
            Git.Refs.UpdateTarget(Git.Refs.Head.ResolveToDirectReference(), merge.Id);
            return merge;
        }

        public void StartBranch(string name) => Commands.Checkout(Git, Git.CreateBranch(name));

        public void Switch(string name) => Commands.Checkout(Git, Git.Branches[name]);

        /// <summary>Removes a loose object, as a broken disk or a careless cleanup would.</summary>
        public void DeleteObject(ObjectId id) =>
            File.Delete(System.IO.Path.Combine(Git.Info.Path, "objects", id.Sha[..2], id.Sha[2..]));

        public void Dispose()
        {
            Git.Dispose();
            _folder.Dispose();
        }

        private void Apply((string File, string? Content)[] changes)
        {
            foreach (var (file, content) in changes)
            {
                if (content is null)
                {
                    File.Delete(System.IO.Path.Combine(Path, file));
                }
                else
                {
                    Write(file, content);
                }
            }
        }

        private static Signature Author(DateTimeOffset when) => new("Author", "author@example.org", when.AddDays(-3));
    }
}
