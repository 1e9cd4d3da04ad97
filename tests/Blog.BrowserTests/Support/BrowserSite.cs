using Blog.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Blog.BrowserTests.Support.BrowserSite))]

namespace Blog.BrowserTests.Support;

/// <summary>
/// The real app on a real Kestrel port over a real posts folder, and a headless Chromium to read it.
/// One for the whole assembly: the tests only read the site, and every test opens its own browser
/// context (its own cookies), so a browser and a host started per class would only cost start-ups.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly BlogFactory _factory = new();
    private readonly TempPostsFolder _pages = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.Available)
        {
            return;
        }

        _factory.Posts.Write("2025-07-29-long-read.md", BrowserPosts.LongBilingualPost);
        _factory.Posts.Write("2025-07-01-second.md", BrowserPosts.SecondBilingualPost);
        _factory.Posts.Write("2025-06-01-pictures.md", BrowserPosts.FiguresPost);
        _factory.Posts.Write("2025-05-01-wide-code.md", BrowserPosts.WideCodePost);
        _factory.Posts.Write(BrowserPosts.PandocSample, SourceTree.SamplePost(BrowserPosts.PandocSample));
        _pages.Write("about.md", "---\ntitle: About\ntranslations:\n  vi:\n    title: Giới thiệu\n---\n## English\n\nWho writes here.\n\n## Tiếng Việt\n\nAi viết ở đây.\n");
        _factory.With("Blog:PagesPath", _pages.Path);
        // This process also runs Playwright, whose pipes to the browser driver go through the same socket
        // engine: with inline scheduling its callbacks and the test's own code would run on the server's
        // I/O thread, where a wait of theirs holds up the pages the browser is loading. A server process
        // of its own (production, AppProcess tests) has no such neighbours.
        _factory.With("Blog:InlineScheduling", "false");
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>
    /// A page in a browser context of its own, after closing the pages opened before it: a page left open
    /// keeps its renderer process running beside the next. Safe because this assembly runs one test at a
    /// time (<c>parallelizeTestCollections: false</c> in xunit.runner.json); with tests in parallel, each
    /// would have to close its own.
    /// </summary>
    /// <param name="bypassCsp">For injecting a checking tool (axe) into the page; the site's own scripts never need it.</param>
    public async Task<IPage> OpenPage(bool javaScript = true, bool bypassCsp = false)
    {
        foreach (var earlier in Browser.Contexts.ToList())
        {
            await earlier.CloseAsync();
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = 1000, Height = 700 },
            Locale = "en-US",
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
        _pages.Dispose();
    }
}
