using Blog.Content.Catalog;
using Microsoft.Extensions.FileProviders;
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
    public LoadResult Load() => loader.Load(Sources(settings, options.Value, environment.WebRootFileProvider));

    public LoadResult Load(IReadOnlyCollection<string>? changedPostFiles) => loader.Load(Sources(settings, options.Value, environment.WebRootFileProvider), changedPostFiles);

    public void Prepare() => loader.PrepareForChanges(Sources(settings, options.Value, environment.WebRootFileProvider));

    /// <summary>The folders and rules of the settings, for the site and for <c>check</c> alike.</summary>
    public static SiteSources Sources(SiteSettings settings, BlogOptions options, IFileProvider webRoot) => new(
        settings.PostsPath,
        settings.PagesPath,
        settings.DefaultLanguage,
        settings.AddressRules,
        options.MaxPostBytes,
        webRoot,
        options.GitDates,
        options.ModifiedFromFileTime);
}
