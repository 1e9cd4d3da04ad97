using Blog.Testing;

namespace Blog.Tests.Migration;

/// <summary>
/// A pandoc blog moved in as its author would: the whole generated blog (391 posts in section and date
/// folders, names repeated across dates, the old "All Posts" index, a section index and a resume page)
/// copied into a site folder, and the app pointed at its <c>posts</c> folder with nothing else set.
/// </summary>
public sealed class MigratedBlog : IDisposable
{
    private readonly TempPostsFolder _site = new();

    public MigratedBlog()
    {
        Manifest = PandocBlog.Write(_site.Path);
        Factory = new BlogFactory().With("Blog:PostsPath", Manifest.PostsFolder);
    }

    internal PandocBlogManifest Manifest { get; }

    internal BlogFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        _site.Dispose();
    }
}
