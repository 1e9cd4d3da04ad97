using Blog.Content.Languages;
using Microsoft.Extensions.Options;

namespace Blog.Hosting;

/// <summary>
/// What is worked out from the validated options, once: the folders as full paths, the default language
/// normalised, the base URL without a trailing slash, sizes in bytes, the menu by language. A setting
/// used as it is written is read from <see cref="IOptions{BlogOptions}"/> itself, not mirrored here.
/// </summary>
internal sealed class SiteSettings(IOptions<BlogOptions> options, IHostEnvironment environment)
{
    private readonly BlogOptions _options = options.Value;

    public string DefaultLanguage { get; } = LanguageRegistry.Normalize(options.Value.DefaultLanguage)!;

    public string? BaseUrl { get; } = string.IsNullOrWhiteSpace(options.Value.BaseUrl)
        ? null
        : options.Value.BaseUrl.TrimEnd('/');

    public Blog.Content.Posts.PostImage? DefaultImage => _options.DefaultImage is { Length: > 0 } image
        ? new Blog.Content.Posts.PostImage(image, null, _options.DefaultImageWidth, _options.DefaultImageHeight)
        : null;

    public long PageCacheBytes => _options.PageCacheMegabytes * 1024L * 1024L;

    public string PostsPath { get; } = string.IsNullOrWhiteSpace(options.Value.PostsPath)
        ? Path.Combine(AppContext.BaseDirectory, "posts")
        : Path.GetFullPath(options.Value.PostsPath, environment.ContentRootPath);

    /// <summary>The pages folder: the setting, else <c>pages</c> beside the posts folder.</summary>
    public string PagesPath => string.IsNullOrWhiteSpace(_options.PagesPath)
        ? Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(PostsPath)) ?? PostsPath, "pages")
        : Path.GetFullPath(_options.PagesPath, environment.ContentRootPath);

    /// <summary>What addresses are made from and must keep off (validated at startup).</summary>
    public Blog.Content.Addresses.AddressRules AddressRules { get; } =
        Routing.SiteRoutes.Rules(Blog.Content.Addresses.Permalink.Parse(options.Value.Permalink));

    /// <summary>The header's links per language, as configured; empty means every page by its title.</summary>
    public IReadOnlyDictionary<string, MenuItem[]> Menu { get; } = options.Value.Menu
        .GroupBy(m => LanguageRegistry.Primary(LanguageRegistry.Normalize(m.Key) ?? m.Key.ToLowerInvariant()), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(m => m.Value).ToArray(), StringComparer.Ordinal);

    public int MaxConcurrentRenders => _options.MaxConcurrentRenders ?? Math.Max(1, Environment.ProcessorCount / 2);

    public long RenderBufferBytes => _options.RenderBufferMegabytes * 1024L * 1024L;
}
