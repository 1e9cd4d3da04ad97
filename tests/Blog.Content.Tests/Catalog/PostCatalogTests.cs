using Blog.Content.Catalog;
using Blog.Content.Posts;
using Blog.Content.Tests.Support;
using Blog.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Blog.Content.Tests.Catalog;

public sealed class PostCatalogTests
{
    private static readonly DateTimeOffset Today = new(2025, 8, 1, 12, 0, 0, TimeSpan.Zero);

    private static Post Make(string title, string date, string extra = "") =>
        Parse.Post(Samples.SingleLanguagePost(title, date, extra: extra), $"{title.ToLowerInvariant()}.md");

    [Fact]
    public void Published_posts_are_listed_newest_first_with_undated_posts_last()
    {
        var undated = Parse.Post("---\ntitle: Undated\n---\nText.\n", "undated.md");
        var catalog = new PostCatalog([Make("Old", "2024-01-01"), undated, Make("New", "2025-07-01")], [], Today);

        Assert.Equal(["New", "Old", "Undated"], catalog.Published.Select(p => p.Main.Title));
    }

    [Fact]
    public void Drafts_and_future_posts_are_parsed_but_not_published()
    {
        var catalog = new PostCatalog(
            [Make("Live", "2025-07-01"), Make("Draft", "2025-07-01", "draft: true"), Make("Future", "2025-09-01")], [], Today);

        Assert.Equal(3, catalog.AllPosts.Count);
        Assert.Equal(["Live"], catalog.Published.Select(p => p.Main.Title));
        Assert.Null(catalog.Find("en", "draft"));
        Assert.Null(catalog.Find("en", "future"));
        Assert.NotNull(catalog.Find("en", "live"));
        Assert.Equal(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero), catalog.ValidUntil);
    }

    [Fact]
    public void Tags_find_their_posts_by_slug()
    {
        var catalog = new PostCatalog(
            [Make("A", "2025-07-01", "keywords: \"Distributed Systems, go\""), Make("B", "2025-06-01", "keywords: [distributed systems]")], [], Today);

        Assert.Equal("Distributed Systems", catalog.FindTag("en", "distributed-systems")!.Name);
        Assert.Equal(["A", "B"], catalog.Tagged("en", "distributed-systems").Select(p => p.Main.Title));
        Assert.Null(catalog.FindTag("en", "rust"));
        Assert.Empty(catalog.Tagged("en", "rust"));
    }

    [Fact]
    public void A_scheduled_post_appears_when_its_time_comes()
    {
        var clock = new FakeTimeProvider(Today);
        using var store = new CatalogStore(clock);
        store.Replace(new LoadResult([Make("Future", "2025-09-01")], [], TimeSpan.Zero));
        var before = store.Current;
        Assert.Empty(before.Published);

        clock.SetUtcNow(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero) - TimeSpan.FromTicks(1));
        Assert.Same(before, store.Current);

        clock.Advance(TimeSpan.FromTicks(1));

        Assert.Equal("Future", Assert.Single(store.Current.Published).Main.Title);
    }

    [Fact]
    public void Reading_the_catalog_after_a_scheduled_posts_time_never_builds_one()
    {
        // The clock moves without the timer firing: only the timer publishes, never a reader.
        var clock = new ManualClock(Today);
        using var store = new CatalogStore(clock);
        store.Replace(new LoadResult([Make("Future", "2025-09-01")], [], TimeSpan.Zero));
        var before = store.Current;

        clock.Now = new DateTimeOffset(2025, 9, 2, 0, 0, 0, TimeSpan.Zero);

        Assert.Same(before, store.Current);
    }

    [Fact]
    public void Two_scheduled_posts_appear_each_at_its_own_time()
    {
        var clock = new FakeTimeProvider(Today);
        using var store = new CatalogStore(clock);
        store.Replace(new LoadResult([Make("Sooner", "2025-09-01"), Make("Later", "2025-10-01")], [], TimeSpan.Zero));

        clock.SetUtcNow(new DateTimeOffset(2025, 9, 15, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(["Sooner"], store.Current.Published.Select(p => p.Main.Title));

        clock.SetUtcNow(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(["Later", "Sooner"], store.Current.Published.Select(p => p.Main.Title));
    }

    [Fact]
    public void A_reload_that_moves_a_scheduled_post_sooner_publishes_it_at_the_new_time()
    {
        var clock = new FakeTimeProvider(Today);
        using var store = new CatalogStore(clock);
        store.Replace(new LoadResult([Make("Future", "2025-10-01")], [], TimeSpan.Zero));
        store.Replace(new LoadResult([Make("Future", "2025-09-01")], [], TimeSpan.Zero));

        clock.SetUtcNow(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("Future", Assert.Single(store.Current.Published).Main.Title);
    }

    [Fact]
    public void The_folders_that_could_not_be_read_stay_named_in_every_snapshot_of_the_load()
    {
        var clock = new FakeTimeProvider(Today);
        using var store = new CatalogStore(clock);
        store.Replace(new LoadResult([Make("Future", "2025-09-01")], [], TimeSpan.Zero) { UnreadableFolders = ["notes"] });
        Assert.Equal(["notes"], store.Current.UnreadableFolders);

        clock.SetUtcNow(new DateTimeOffset(2025, 9, 1, 0, 0, 1, TimeSpan.Zero));

        Assert.Single(store.Current.Published);
        Assert.Equal(["notes"], store.Current.UnreadableFolders);
    }
}
