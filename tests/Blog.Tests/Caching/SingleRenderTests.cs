using System.Net;
using Blog.Testing;
using Blog.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Tests.Caching;

/// <summary>
/// After an edit every reader of a page misses the cache at once; one of them renders (and compresses)
/// the page and the others wait for it, instead of each rendering the same page again.
/// </summary>
public sealed class SingleRenderTests : IDisposable
{
    private const int Readers = 12;

    // No watcher: a reload would start a new page set while the readers wait on the old one.
    private readonly BlogFactory _factory = new BlogFactory { Environment = "Production" }.With("Blog:WatchPosts", "false");
    private readonly HeldRender _render = new();

    public SingleRenderTests()
    {
        _factory.Posts.Write("2025-07-29-queues.md", Samples.BilingualPost);
        _factory.ConfigureTestServices = services => services.Configure<MvcOptions>(options => options.Filters.Add(_render));
    }

    public void Dispose()
    {
        _render.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Readers_who_miss_together_share_one_render()
    {
        using var client = _factory.Client();
        var cache = _factory.Services.GetRequiredService<Blog.Caching.PageCache>();

        var responses = Enumerable.Range(0, Readers)
            .Select(_ => client.GetAsync(new Uri("/en/posts/queues", UriKind.Relative), TestContext.Current.CancellationToken))
            .ToList();
        await Eventually.True(
            () => Task.FromResult(_render.Entered == 1 && cache.Current.Waiting == Readers - 1),
            $"one render runs and {Readers - 1} readers wait for it",
            onTimeout: () => $"renders entered: {_render.Entered}, readers waiting: {cache.Current.Waiting}, answered: {responses.Count(r => r.IsCompleted)}");

        _render.Release();
        foreach (var response in await Task.WhenAll(responses))
        {
            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.NotNull(response.Headers.ETag);
            }
        }

        Assert.Equal(1, _render.Entered);
    }

    /// <summary>Counts page renders, and holds them until released.</summary>
    private sealed class HeldRender : IAsyncPageFilter, IDisposable
    {
        private readonly SemaphoreSlim _gate = new(0);
        private int _entered;

        public int Entered => Volatile.Read(ref _entered);

        public void Release() => _gate.Release(Readers);

        public void Dispose() => _gate.Dispose();

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            Interlocked.Increment(ref _entered);
            await _gate.WaitAsync(TestContext.Current.CancellationToken);
            await next();
        }
    }
}
