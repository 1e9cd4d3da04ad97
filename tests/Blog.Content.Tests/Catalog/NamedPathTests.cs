using Blog.Content.Catalog;
using Blog.Testing;

namespace Blog.Content.Tests.Catalog;

/// <summary>A path the watcher names is seen as the folder listing would see it, without listing the folder.</summary>
public sealed class NamedPathTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_post_file_has_the_stamp_the_listing_gives()
    {
        _folder.Write("a.md", "---\ntitle: A\n---\nText.\n");
        _folder.Write("notes/deep/b.MD", "---\ntitle: B\n---\nText.\n");

        var listing = PostFiles.Find(_folder.Path).Stamps;

        foreach (var file in new[] { "a.md", "notes/deep/b.MD" })
        {
            var seen = NamedPath.Look(_folder.Path, file);
            Assert.Equal(NamedPathKind.PostFile, seen.Kind);
            Assert.Equal(listing[file], seen.Stamp);
        }
    }

    [Fact]
    public void Each_kind_of_path_is_told_apart()
    {
        _folder.Write("notes/picture.png", "png");
        _folder.Write(".hidden/a.md", "---\ntitle: A\n---\n");

        Assert.Equal(NamedPathKind.Folder, NamedPath.Look(_folder.Path, "notes").Kind);
        Assert.Equal(NamedPathKind.OtherFile, NamedPath.Look(_folder.Path, "notes/picture.png").Kind);
        Assert.Equal(NamedPathKind.Missing, NamedPath.Look(_folder.Path, "notes/gone.md").Kind);
        Assert.Equal(NamedPathKind.Missing, NamedPath.Look(_folder.Path, "no-folder/gone.md").Kind);
        Assert.Equal(NamedPathKind.Hidden, NamedPath.Look(_folder.Path, ".hidden/a.md").Kind);
        Assert.Equal(NamedPathKind.Hidden, NamedPath.Look(_folder.Path, "notes/.a.md.swp").Kind);
    }

    [Fact]
    public void Links_are_not_followed_as_the_listing_does_not_follow_them()
    {
        var outside = new TempPostsFolder();
        try
        {
            var target = outside.Write("elsewhere.md", "---\ntitle: Elsewhere\n---\n");
            File.CreateSymbolicLink(Path.Combine(_folder.Path, "linked.md"), target);
            Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "linked-folder"), outside.Path);

            Assert.Equal(NamedPathKind.Missing, NamedPath.Look(_folder.Path, "linked.md").Kind);
            Assert.Equal(NamedPathKind.Missing, NamedPath.Look(_folder.Path, "linked-folder/elsewhere.md").Kind);
            Assert.DoesNotContain("linked.md", PostFiles.Find(_folder.Path).Stamps.Keys);
        }
        finally
        {
            outside.Dispose();
        }
    }
}
