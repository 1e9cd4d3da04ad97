using Blog.Content.Languages;
using Microsoft.Extensions.Options;

namespace Blog.Hosting;

/// <summary>
/// The validated options in the form the rest of the app uses: the posts folder as a full path, the
/// default language normalised, the base URL without a trailing slash.
/// </summary>
internal sealed class SiteSettings(IOptions<BlogOptions> options, IHostEnvironment environment)
{
    private readonly BlogOptions _options = options.Value;

    public string SiteTitle => _options.SiteTitle;

    public string DefaultLanguage { get; } = LanguageRegistry.Normalize(options.Value.DefaultLanguage)!;

    public string? BaseUrl { get; } = string.IsNullOrWhiteSpace(options.Value.BaseUrl)
        ? null
        : options.Value.BaseUrl.TrimEnd('/');

    public bool WatchPosts => _options.WatchPosts;

    public IReadOnlyList<string> RobotsDisallow => _options.RobotsDisallow;

    public Blog.Content.Posts.PostImage? DefaultImage => _options.DefaultImage is { Length: > 0 } image
        ? new Blog.Content.Posts.PostImage(image, null, _options.DefaultImageWidth, _options.DefaultImageHeight)
        : null;

    public bool PollPosts => _options.PollPosts;

    public TimeSpan PollingInterval => _options.PollingInterval;

    public TimeSpan ReloadDelay => _options.ReloadDelay;

    public long PageCacheBytes => _options.PageCacheMegabytes * 1024L * 1024L;

    public long MaxPostBytes => _options.MaxPostBytes;

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

    public bool GitDates => _options.GitDates;

    public bool ModifiedFromFileTime => _options.ModifiedFromFileTime;

    public bool DetailedHealth => _options.DetailedHealth;

    public bool AllowEmpty => _options.AllowEmpty;

    public TimeSpan ReloadStuckAfter => _options.ReloadStuckAfter;

    public TimeSpan ReloadDeadAfter => _options.ReloadDeadAfter;

    public int MaxConcurrentRenders => _options.MaxConcurrentRenders ?? Math.Max(1, Environment.ProcessorCount / 2);

    public int RenderQueueLimit => _options.RenderQueueLimit;

    public long RenderBufferBytes => _options.RenderBufferMegabytes * 1024L * 1024L;
}
