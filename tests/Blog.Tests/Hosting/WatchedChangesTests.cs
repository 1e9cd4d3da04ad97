using Blog.Hosting;

namespace Blog.Tests.Hosting;

/// <summary>The watcher hands a reload the files it saw change, or "everything" whenever it cannot say which.</summary>
public sealed class WatchedChangesTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "watched-posts");

    [Fact]
    public void The_first_reload_reads_everything_and_later_ones_the_files_named_since()
    {
        var changes = new WatchedChanges(Root);
        changes.Note(Path.Combine(Root, "a.md"));
        Assert.Null(changes.Take());

        changes.Note(Path.Combine(Root, "notes", "b.md"));
        changes.Note(Path.Combine(Root, "notes", "b.md"));
        changes.Note(Path.Combine(Root, "c.md"));

        Assert.Equal(["c.md", "notes/b.md"], changes.Take()!.Order(StringComparer.Ordinal));
        Assert.Empty(changes.Take()!);
    }

    [Fact]
    public void An_overflow_the_folder_itself_or_a_path_outside_it_means_everything()
    {
        var changes = new WatchedChanges(Root);
        changes.Take();

        changes.Note(Path.Combine(Root, "a.md"));
        changes.NoteEverything();
        Assert.Null(changes.Take());

        changes.Note(Root);
        Assert.Null(changes.Take());

        changes.Note(Path.Combine(Path.GetTempPath(), "elsewhere.md"));
        Assert.Null(changes.Take());
        Assert.NotNull(changes.Take());
    }

    [Fact]
    public void A_flood_of_names_is_read_as_everything()
    {
        var changes = new WatchedChanges(Root);
        changes.Take();

        for (var i = 0; i <= WatchedChanges.MaxNamed; i++)
        {
            changes.Note(Path.Combine(Root, $"post-{i}.md"));
        }

        Assert.Null(changes.Take());
    }
}
