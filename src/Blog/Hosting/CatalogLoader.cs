using Blog.Content.Catalog;

namespace Blog.Hosting;

/// <summary>
/// Loads every post while the rest of the host starts: the load begins as the host starts (using every
/// core), Kestrel opens meanwhile, and the host counts as started only once the posts are in. A request
/// that arrives in between waits for them (see <see cref="UseCatalogGate"/>): readers never see a site
/// that is still loading, and they are not refused either.
/// </summary>
internal sealed class CatalogLoader(CatalogRefresher refresher) : IHostedLifecycleService
{
    private readonly Lock _gate = new();
    private Task? _initial;

    /// <summary>The first load; complete once the catalog holds the posts.</summary>
    public Task Initial => _initial ?? Task.CompletedTask;

    /// <summary>
    /// Begins the first load, once: as soon as the services are built (see <see cref="CatalogLoading"/>),
    /// else when the host starts.
    /// </summary>
    public void Begin()
    {
        lock (_gate)
        {
            _initial ??= Task.Run(() => refresher.Refresh(initial: true));
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        Begin();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A failed first load fails the start, as it would have when loading came first. Waiting for it ends
    /// when the host is asked to stop (SIGTERM): a load that never finishes must not make the app unkillable.
    /// </summary>
    public Task StartedAsync(CancellationToken cancellationToken) => Initial.WaitAsync(cancellationToken);

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The first load, begun before the host starts.</summary>
internal static class CatalogLoading
{
    /// <summary>
    /// Declaring the middleware and endpoints takes about 120 ms of one core (Razor Pages' endpoints alone
    /// 70 ms) while the other core has nothing to do: the posts start loading, on every core, the moment the
    /// services they need exist. A load that fails still fails the start (<see cref="CatalogLoader.StartedAsync"/>).
    /// </summary>
    public static void BeginLoadingPosts(this WebApplication app) => app.Services.GetRequiredService<CatalogLoader>().Begin();
}

/// <summary>Holds requests (but the health probes) until the first load is done.</summary>
internal static class CatalogGate
{
    private const int ClientClosedRequest = 499;

    public static IApplicationBuilder UseCatalogGate(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<CatalogStore>();
        var loader = app.ApplicationServices.GetRequiredService<CatalogLoader>();
        return app.Use((context, next) =>
            store.IsLoaded || context.Request.Path.StartsWithSegments(HealthEndpoints.Prefix, StringComparison.OrdinalIgnoreCase)
                ? next(context)
                : Wait(loader.Initial, context, next));
    }

    private static async Task Wait(Task initial, HttpContext context, RequestDelegate next)
    {
        try
        {
            await initial.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client hung up while the posts were loading: nothing failed on our side, and nobody is
            // there to answer (499 is the log's name for it).
            context.Response.StatusCode = ClientClosedRequest;
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
