namespace Blog.Hosting;

/// <summary>The <c>Blog</c> configuration section: where posts are and how the site names itself.</summary>
internal sealed class BlogOptions
{
    public const string Section = "Blog";

    /// <summary>
    /// The posts folder. Relative paths are taken from the content root; when unset, the
    /// <c>posts</c> folder beside the published app is used.
    /// </summary>
    public string? PostsPath { get; set; }

    /// <summary>
    /// Report ready with no posts at all. Off, an existing but empty posts folder keeps <c>/healthz/ready</c>
    /// failing: a volume mounted at the wrong place must not pass the probe and serve an empty blog.
    /// </summary>
    public bool AllowEmpty { get; set; }

    public string SiteTitle { get; set; } = "Blog";

    /// <summary>
    /// The pattern of post addresses, starting with <c>/{lang}/</c>: tokens <c>{section}</c>, <c>{year}</c>,
    /// <c>{month}</c>, <c>{day}</c>, <c>{slug}</c>, <c>{folder}</c>, <c>{path}</c> (see README, Addresses).
    /// </summary>
    public string Permalink { get; set; } = Blog.Content.Addresses.Permalink.DefaultPattern;

    /// <summary>
    /// The folder of standalone pages (<c>pages/resume.md</c> at <c>/{lang}/resume</c>). Relative paths are
    /// taken from the content root; when unset, the <c>pages</c> folder beside the posts folder.
    /// </summary>
    public string? PagesPath { get; set; }

    /// <summary>
    /// The header's links, per language (<c>Blog:Menu:en:0:Text</c>, <c>Blog:Menu:en:0:Url</c>). Unset, the
    /// header links every page by its title in the reader's language.
    /// </summary>
    public Dictionary<string, MenuItem[]> Menu { get; set; } = [];

    /// <summary>Take a post's "last changed" from the git history of its files when the posts folder is in a repository.</summary>
    public bool GitDates { get; set; } = true;

    /// <summary>
    /// Without <c>updated</c> or git history, take a post's "last changed" from its files' write time. Off by
    /// default: a copy, a sync or a clone writes every file anew, and every post would claim it changed then.
    /// </summary>
    public bool ModifiedFromFileTime { get; set; }

    /// <summary>The site's public address (for example https://example.com), used for absolute URLs in meta tags.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The language of lists for a reader whose language is unknown, and of posts without <c>lang</c>.</summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>Reload posts when files in the posts folder change.</summary>
    public bool WatchPosts { get; set; } = true;

    /// <summary>
    /// Look for changes by polling instead of file system events, for folders mounted into a container
    /// where events do not arrive. Also on when <c>DOTNET_USE_POLLING_FILE_WATCHER</c> is set.
    /// </summary>
    public bool PollPosts { get; set; }

    /// <summary>How often to poll when polling.</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Addresses of reverse proxies whose <c>X-Forwarded-For/Proto/Host</c> headers are believed. Without
    /// any, those headers are ignored, and absolute URLs use <see cref="BaseUrl"/> or the request itself.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Paths robots.txt asks crawlers to leave alone.</summary>
    public string[] RobotsDisallow { get; set; } = [];

    /// <summary>The picture for social cards of pages and posts that name none (a path on this site or a URL).</summary>
    public string? DefaultImage { get; set; }

    public int? DefaultImageWidth { get; set; }

    public int? DefaultImageHeight { get; set; }

    /// <summary>How long the folder must be quiet after a change before it is read (one save can make many events).</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// Memory for rendered pages of the current catalog (plain, gzip and brotli), in megabytes; 0 renders
    /// every request. Past the limit, further pages are rendered per request until the catalog changes.
    /// </summary>
    public int PageCacheMegabytes { get; set; } = 256;

    /// <summary>
    /// The largest post file that is read, in bytes; a larger one is skipped, named in the log with its
    /// size, so that one huge (or sparse) file cannot take the server's memory.
    /// </summary>
    public long MaxPostBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Answer pages from the page cache on the socket thread that read the request (see <see cref="ServerTuning"/>).</summary>
    public bool InlineScheduling { get; set; } = true;

    /// <summary>
    /// Show failed file names, messages and unreadable folders in <c>/healthz/ready</c> to every client.
    /// Off, they are shown only to requests from this machine (loopback); others get the counts.
    /// </summary>
    public bool DetailedHealth { get; set; }

    /// <summary>A reload running longer than this is reported as stuck by <c>/healthz/ready</c>.</summary>
    public TimeSpan ReloadStuckAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A reload running longer than this fails <c>/healthz/live</c>, so that an orchestrator restarts the app.</summary>
    public TimeSpan ReloadDeadAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>At most this many client connections at once; Kestrel closes further ones as soon as it takes them in.</summary>
    public int MaxConnections { get; set; } = 2048;

    /// <summary>How long an idle keep-alive connection is kept open.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a client may take to send a request's headers.</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Requests that are not answered from the page cache (renders, searches, redirects, the 404 page) run
    /// at most this many at a time, so they cannot take the processors from cached pages. Default: half the
    /// processors, at least one.
    /// </summary>
    public int? MaxConcurrentRenders { get; set; }

    /// <summary>How many such requests may wait for their turn; past that they get 503 with Retry-After.</summary>
    public int RenderQueueLimit { get; set; } = 256;

    /// <summary>
    /// Memory for rendered responses still being sent to their clients, in megabytes; while it is full,
    /// further renders get 503 with Retry-After. Cached pages are not counted (they are sent from the cache).
    /// </summary>
    public int RenderBufferMegabytes { get; set; } = 64;
}
