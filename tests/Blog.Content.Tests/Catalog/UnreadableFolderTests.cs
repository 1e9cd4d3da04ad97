using System.Runtime.Versioning;
using Blog.Content.Tests.Support;
using Blog.Testing;

namespace Blog.Content.Tests.Catalog;

/// <summary>
/// A folder the app may not list (<c>chmod 000</c>) has not been emptied: its posts stay as they were,
/// the author hears once which folder it is, and the result names it for the readiness check. The
/// loader runs in a child process that permissions apply to (as nobody when the tests run as root).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class UnreadableFolderTests : IDisposable
{
    private const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private readonly TempPostsFolder _folder = new();

    public UnreadableFolderTests()
    {
        _folder.Write("top.md", Samples.SingleLanguagePost("Top", "2025-01-01"));
        _folder.Write("notes/inner.md", Samples.SingleLanguagePost("Inner", "2025-01-02"));
        _folder.Write("notes/deeper/deepest.md", Samples.SingleLanguagePost("Deepest", "2025-01-03"));
    }

    public void Dispose()
    {
        // Readable again, or the folder cannot be deleted by a user other than root.
        foreach (var folder in new[] { _folder.Path, Path.Combine(_folder.Path, "notes") })
        {
            File.SetUnixFileMode(folder, Readable);
        }

        _folder.Dispose();
    }

    private string Notes => Path.Combine(_folder.Path, "notes");

    [Fact]
    public void A_subfolder_that_cannot_be_listed_keeps_its_posts_and_is_named_until_it_can()
    {
        using var loader = new LoaderAsOtherUser(_folder.Path);
        var first = loader.Load();
        Assert.Equal(["Deepest", "Inner", "Top"], first.Titles);
        Assert.Empty(first.UnreadableFolders);

        File.SetUnixFileMode(Notes, UnixFileMode.None);
        var locked = loader.Load();
        Assert.Equal(["Deepest", "Inner", "Top"], locked.Titles);
        Assert.Equal(["notes"], locked.UnreadableFolders);
        Assert.True(locked.Changed);
        var warning = Assert.Single(locked.Warnings);
        Assert.Contains("Folder notes", warning, StringComparison.Ordinal);
        Assert.Contains("2 posts already loaded from it stay", warning, StringComparison.Ordinal);

        _folder.Write("top.md", Samples.SingleLanguagePost("Top, edited", "2025-01-01"));
        var edited = loader.Load();
        Assert.Equal(["Deepest", "Inner", "Top, edited"], edited.Titles);
        Assert.Equal(["notes"], edited.UnreadableFolders);
        Assert.Empty(edited.Warnings);

        File.SetUnixFileMode(Notes, Readable);
        File.Delete(Path.Combine(Notes, "inner.md"));
        var back = loader.Load();
        Assert.Equal(["Deepest", "Top, edited"], back.Titles);
        Assert.Empty(back.UnreadableFolders);
        Assert.True(back.Changed);
    }

    [Fact]
    public void A_posts_folder_that_cannot_be_listed_keeps_everything_published_and_is_named()
    {
        using var loader = new LoaderAsOtherUser(_folder.Path);
        loader.Load();

        File.SetUnixFileMode(_folder.Path, UnixFileMode.None);
        var locked = loader.Load();
        var again = loader.Load();

        Assert.Equal(["Deepest", "Inner", "Top"], locked.Titles);
        Assert.Equal(["."], locked.UnreadableFolders);
        Assert.True(locked.Changed);
        Assert.Contains("cannot be read", Assert.Single(locked.Warnings), StringComparison.Ordinal);
        Assert.Equal(["Deepest", "Inner", "Top"], again.Titles);
        Assert.Equal(["."], again.UnreadableFolders);
        Assert.False(again.Changed);
        Assert.Empty(again.Warnings);

        File.SetUnixFileMode(_folder.Path, Readable);
        var back = loader.Load();
        Assert.Empty(back.UnreadableFolders);
        Assert.True(back.Changed);
    }

    [Fact]
    public void A_folder_unreadable_from_the_start_is_named_and_the_rest_loads()
    {
        File.SetUnixFileMode(Notes, UnixFileMode.None);
        using var loader = new LoaderAsOtherUser(_folder.Path);

        var first = loader.Load();

        Assert.Equal(["Top"], first.Titles);
        Assert.Equal(["notes"], first.UnreadableFolders);
        Assert.Contains("Folder notes", Assert.Single(first.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_whose_names_can_be_read_but_not_its_files_is_unreadable_not_a_folder_of_empty_files()
    {
        using var loader = new LoaderAsOtherUser(_folder.Path);
        loader.Load();

        // Read but not search: the names are listed, but nothing about the files can be seen.
        File.SetUnixFileMode(Notes, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var locked = loader.Load();

        Assert.Equal(["Deepest", "Inner", "Top"], locked.Titles);
        Assert.Empty(locked.Failures);
        Assert.Contains("notes", locked.UnreadableFolders);
    }
}
