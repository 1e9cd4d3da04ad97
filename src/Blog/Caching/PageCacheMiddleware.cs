using Blog.Localization;
using Microsoft.Net.Http.Headers;

namespace Blog.Caching;

/// <summary>
/// The two halves of the page cache. <see cref="UsePageCache"/> sits early in the pipeline and answers
/// a request for a page already rendered from the current catalog straight from memory: no routing,
/// no page model, no view, no compression. <see cref="UsePageCacheFill"/> sits after routing, where the
/// page is known: it keeps the rendered bytes of a <see cref="SharedPageAttribute"/> page when the cache
/// admits it, and otherwise sends them on as any page is sent (compressed at the usual, fast level).
/// </summary>
internal static partial class PageCacheMiddleware
{
    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<PageCache>();
        if (!cache.Enabled)
        {
            return app;
        }

        return app.Use((context, next) =>
        {
            if (!IsCacheable(context, cache.KeysByOrigin))
            {
                return next(context);
            }

            var set = cache.Current;
            var key = PageKey.Of(context.Request, cache.KeysByOrigin, set.Languages);
            if (set.TryGet(key, out var page))
            {
                page.Tally?.Add();
                return PageResponses.Write(context, page);
            }

            return set.TryClaim(key, out var claim) ? Render(context, next, set, key, claim) : AfterOthersRender(context, next, set, key, claim.Task);
        });
    }

    private static async Task Render(HttpContext context, RequestDelegate next, PageSet set, PageKey key, TaskCompletionSource claim)
    {
        context.Features.Set(new PageCacheMiss(set, key, claim, ReplayedHeaders.Names(context.Response.Headers)));
        Pages.Shared.RequestCatalog.Hold(context, set.Catalog);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            set.Release(key, claim);
        }
    }

    /// <summary>Waits for the request rendering the same page, then serves what it kept, or renders when it kept nothing.</summary>
    private static async Task AfterOthersRender(HttpContext context, RequestDelegate next, PageSet set, PageKey key, Task rendered)
    {
        try
        {
            using var waiting = set.Wait();
            await rendered.WaitAsync(RenderWait, context.RequestAborted).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A render stuck behind a long queue: do not wait on it any longer.
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The reader hung up while waiting; nothing failed on our side.
            return;
        }

        if (set.TryGet(key, out var page))
        {
            page.Tally?.Add();
            await PageResponses.Write(context, page).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static readonly TimeSpan RenderWait = TimeSpan.FromSeconds(5);

    public static IApplicationBuilder UsePageCacheFill(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<PageCache>();
        var logger = app.ApplicationServices.GetRequiredService<ILogger<PageCache>>();
        var brotli = app.ApplicationServices.GetRequiredService<BrotliQueue>();
        return app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<SharedPageAttribute>() is null)
            {
                // Nothing will be kept for this address: whoever waits for it need not wait any longer.
                context.Features.Get<PageCacheMiss>()?.Release();
                await next(context).ConfigureAwait(false);
                return;
            }

            // Shared pages differ by theme cookie: say so even when the page is not kept, so that no
            // shared cache hands one reader's theme to another.
            context.Response.OnStarting(static state => DeclareShared((HttpResponse)state), context.Response);
            if (context.Features.Get<PageCacheMiss>() is not { } miss)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            // The page writes into memory; what it wrote is then kept and served like any later hit.
            using var buffer = await Hosting.ResponseCapture.IntoMemory(context, next).ConfigureAwait(false);
            var response = context.Response;
            var remembered = context.Features.Get<RememberedLanguage>();
            if (response.StatusCode == StatusCodes.Status200OK && response.ContentType is { } contentType
                && IsReplayable(response.Headers, miss, remembered, context.Request, logger)
                && cache.Admit(miss.Set, miss.Key, buffer.Length) is { } admission)
            {
                CachedPage page;
                try
                {
                    page = CachedPage.Create(contentType, response.GetTypedHeaders().LastModified, miss.Key.Language is not null, buffer.ToArray(), remembered, admission.Tally, brotli);
                }
                catch
                {
                    admission.Set.Release(admission.Reserved);
                    throw;
                }

                PageCache.Keep(admission, page);
                miss.Release();
                response.Headers.Remove(HeaderNames.SetCookie);
                response.Headers.ContentLength = null;
                await PageResponses.Write(context, page).ConfigureAwait(false);
                return;
            }

            // Not kept: those waiting render it themselves rather than wait for this reader to download it.
            miss.Release();
            await Hosting.ResponseCapture.Send(context, buffer).ConfigureAwait(false);
        });
    }

    private static Task DeclareShared(HttpResponse response)
    {
        var headers = response.Headers;
        if (response.StatusCode != StatusCodes.Status200OK)
        {
            return Task.CompletedTask;
        }

        // Response compression may have said Accept-Encoding already; the theme cookie must be named too.
        VaryHeader.Add(headers, HeaderNames.Cookie);

        if (!headers.ContainsKey(HeaderNames.CacheControl))
        {
            headers.CacheControl = headers.SetCookie.Count > 0 ? PageResponses.PrivateCacheControl : PageResponses.SharedCacheControl;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads without a query (or with only a list's page number), and not the error page being shown for
    /// a failure (which must render even when the failure was in reading the catalog). Any other query
    /// (tracking parameters, a search) is rendered each time: keys made from it would be unbounded. A
    /// request without a host (HTTP/1.0) has no origin to key its links by.
    /// </summary>
    private static bool IsCacheable(HttpContext context, bool keysByOrigin) =>
        Routing.ReadOnlyMethods.Allow(context.Request.Method)
        && (!context.Request.QueryString.HasValue || PageKey.IsPageNumber(context.Request.QueryString.Value))
        && (!keysByOrigin || context.Request.Host.HasValue)
        && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null;

    private static bool IsReplayable(IHeaderDictionary headers, PageCacheMiss miss, RememberedLanguage? remembered, HttpRequest request, ILogger logger)
    {
        if (ReplayedHeaders.FirstNotReplayed(headers, miss.HeadersBefore, remembered is not null, miss.Key.Language is not null) is not { } header)
        {
            return true;
        }

        PageNotKept(logger, request.Path, header);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Page {Path} is rendered for each reader: it sets {Header}, which the page cache does not replay")]
    private static partial void PageNotKept(ILogger logger, PathString path, string header);

    /// <summary>Passed from the lookup to the fill: where the page belongs once rendered, and the claim on rendering it.</summary>
    private sealed record PageCacheMiss(PageSet Set, PageKey Key, TaskCompletionSource Claim, IReadOnlySet<string> HeadersBefore)
    {
        public void Release() => Set.Release(Key, Claim);
    }
}
