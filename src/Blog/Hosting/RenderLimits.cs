using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting;

/// <summary>
/// A bound on the work requests can cause. Requests the page cache does not answer (a render, a search,
/// a redirect, the 404 page) take a turn from one concurrency limiter: at most
/// <c>Blog:MaxConcurrentRenders</c> run at once and <c>Blog:RenderQueueLimit</c> wait, the rest get 503
/// with <c>Retry-After</c>. Cached pages never reach it, so however many uncached requests arrive, the
/// processors they can take are bounded and cached pages keep their speed. Health probes and static
/// files are exempt. A turn covers making the response, not sending it: the response is made into
/// memory and sent after the turn is given back, so a client that reads slowly (or not at all) cannot
/// hold a turn while everyone else waits.
/// </summary>
internal static class RenderLimits
{
    public static IServiceCollection AddRenderLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<SiteSettings, IOptions<BlogOptions>>((options, settings, blog) =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.OnRejected = (context, _) =>
            {
                TryAgainSoon(context.HttpContext.Response);
                return ValueTask.CompletedTask;
            };
            var turns = new ConcurrencyLimiterOptions
            {
                PermitLimit = settings.MaxConcurrentRenders,
                QueueLimit = blog.Value.RenderQueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetConcurrencyLimiter("renders", _ => turns));
        });
        return services;
    }

    /// <summary>
    /// After routing: the limiter, with each limited response made in memory and sent once its turn is
    /// over. What waits to be sent is bounded too (<c>Blog:RenderBufferMegabytes</c>): slow clients could
    /// otherwise hold a page each in memory, and while the bound is reached new renders get 503 at once,
    /// before anything is spent on them.
    /// </summary>
    public static IApplicationBuilder UseRenderLimits(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<SiteSettings>();
        var held = new HeldBytes(settings.RenderBufferBytes);
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<DisableRateLimitingAttribute>() is not null)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            if (held.Full)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                TryAgainSoon(context.Response);
                return;
            }

            using var body = await ResponseCapture.IntoMemory(context, next).ConfigureAwait(false);
            using var holding = held.Hold(body.Length);
            await ResponseCapture.Send(context, body).ConfigureAwait(false);
        });
        return app.UseRateLimiter();
    }

    private static void TryAgainSoon(HttpResponse response) => response.Headers[HeaderNames.RetryAfter] = "1";

    /// <summary>The bytes of rendered responses still being sent.</summary>
    private sealed class HeldBytes(long limit)
    {
        private long _bytes;

        public bool Full => Volatile.Read(ref _bytes) >= limit;

        public IDisposable Hold(long bytes)
        {
            Interlocked.Add(ref _bytes, bytes);
            return new Holding(this, bytes);
        }

        private sealed class Holding(HeldBytes owner, long bytes) : IDisposable
        {
            public void Dispose() => Interlocked.Add(ref owner._bytes, -bytes);
        }
    }
}
