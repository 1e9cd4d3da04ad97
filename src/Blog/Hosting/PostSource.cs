using Blog.Content.Catalog;
using Microsoft.Extensions.Options;

namespace Blog.Hosting;

/// <summary>Where a load's posts come from: the posts folder, read by the loader (replaced in tests to stall or fail a load).</summary>
internal interface IPostSource
{
    LoadResult Load();

    /// <summary>Reads what changed: the posts folder's files named (relative, '/' separators), or everything when null.</summary>
    LoadResult Load(IReadOnlyCollection<string>? changedPostFiles) => Load();

    /// <summary>Makes ready for the next load of named files, while nothing waits (see <see cref="SiteLoader.PrepareForChanges"/>).</summary>
    void Prepare()
    {
    }
}

/// <summary>The posts and pages folders of the settings, read by the one <see cref="SiteLoader"/> that keeps their state.</summary>
internal sealed class FolderPostSource(SiteLoader loader, SiteSettings settings, IOptions<BlogOptions> options, IWebHostEnvironment environment) : IPostSource
{
    public LoadResult Load() => loader.Load(Sources(settings, options.Value, OpenSiteFile));

    public LoadResult Load(IReadOnlyCollection<string>? changedPostFiles) => loader.Load(Sources(settings, options.Value, OpenSiteFile), changedPostFiles);

    public void Prepare() => loader.PrepareForChanges(Sources(settings, options.Value, OpenSiteFile));

    /// <summary>The folders and rules of the settings, for the site and for <c>check</c> alike.</summary>
    public static SiteSources Sources(SiteSettings settings, BlogOptions options, Func<string, Stream?>? openSiteFile) => new(
        settings.PostsPath,
        settings.PagesPath,
        settings.DefaultLanguage,
        settings.AddressRules,
        options.MaxPostBytes,
        openSiteFile,
        options.GitDates,
        options.ModifiedFromFileTime);

    /// <summary>
    /// A file of the web root (pictures posts show), to read its size. One listed as empty is not opened:
    /// a pipe or a device reads as empty, and opening it would hold the load.
    /// </summary>
    private Stream? OpenSiteFile(string path) =>
        environment.WebRootFileProvider.GetFileInfo(path) is { Exists: true, IsDirectory: false, Length: > 0 } file ? file.CreateReadStream() : null;
}
