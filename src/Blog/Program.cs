using Blog.Caching;
using Blog.Feeds;
using Blog.Hosting;
using Blog.Routing;
using Serilog;

// "Blog check": the author's check of the posts and pages folders, without a server.
if (args is ["check", ..])
{
    Environment.ExitCode = CheckCommand.Run(args[1..]);
    return;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose() });

// Logging: Serilog configured from appsettings, built per host through DI; the static Log.Logger
// is left alone so that several hosts (tests) never write into each other's logs.
builder.Services.AddBlogLogging();

// The host's own per-request logging (a scope and an Activity for every request) is not used here: the
// request log below is Serilog's, and at tens of thousands of pages a second the unused work shows.
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);

// Content: options, the immutable catalog, its load before the first request, and its reloads.
builder.Services.AddBlogContent();
builder.Services.AddBlogHealthChecks();

// Web: pages, their routes and URLs, the site's words in each language.
builder.Services.AddBlogWeb();
builder.Services.AddMachineDocuments();
builder.Services.AddResponseCompression(options =>
{
    // Pages carry no secrets a compression side channel could leak, so HTTPS responses are compressed too.
    options.EnableForHttps = true;
    options.MimeTypes = ["text/html", "application/xml", "application/rss+xml", "application/atom+xml", "application/json", "text/plain"];
});
builder.Services.AddTrustedForwardedHeaders();
builder.Services.AddSiteHostFiltering();
builder.Services.AddRenderLimits();
builder.Services.AddRazorPages(pages => pages.Conventions.AddReadOnlySite());
builder.Services.AddInMemoryDataProtection();

// The top-level wwwroot is this project's static web assets (see Blog.csproj); their manifest
// exists only in build output, so this is a no-op in a published app.
builder.WebHost.UseStaticWebAssets();

// Kestrel for a server that mostly writes bytes it already has.
builder.TuneServer();

var app = builder.Build();

// The posts load on every core while the rest of the host is declared and started (see CatalogLoader).
app.BeginLoadingPosts();

// The proxy's view of the request first (only from known proxies); then one log line per request,
// outermost so it records the status the reader got and the address they asked for, even when the
// error or 404 page is re-executed.
app.UseTrustedForwardedHeaders();
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());

// The posts load while the server starts; a request that comes before they are in waits for them.
app.UseCatalogGate();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

// Pages, feeds and the sitemap already rendered from the current catalog are answered here, whole
// (security headers included), on the socket thread; the rest move to the thread pool to be rendered,
// and the fill after routing keeps the shared pages the cache admits.
app.UseBuiltDocuments();
app.UsePageCache();
app.UseOffSocketThreads();

app.UseSecurityHeaders();
app.UseNotFoundPages();
app.UseResponseCompression();
app.UseRouting();

// Other spellings of a page's address are redirected before any work is done for them; what is left
// to render takes a turn from the render limiter.
app.UseCanonicalAddresses();
app.UseRenderLimits();
app.UsePageCacheFill();

// Named here, after the cache, so that the host does not add them in front of every request.
app.UseAuthentication();
app.UseAuthorization();
app.MapStaticAssets().DisableRateLimiting();
app.MapRazorPages().WithStaticAssets().WithMetadata(ReadOnlyMethods.Metadata);
app.MapLanguageRedirects();
app.MapBlogHealthChecks();
app.MapMachineDocuments();
app.MapThemeSwitch();

app.Run();
