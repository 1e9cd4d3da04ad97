namespace Blog.Hosting;

/// <summary>
/// Loads every post before Kestrel takes its first request: hosted services start before the server,
/// so readers never see a site that is still loading.
/// </summary>
internal sealed class CatalogLoader(CatalogRefresher refresher) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        refresher.Refresh(initial: true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
