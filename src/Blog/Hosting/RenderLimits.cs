using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting;

/// <summary>
/// A bound on the work requests can cause. Requests the page cache does not answer (a render, a search,
/// a redirect, the 404 page) take a turn from one concurrency limiter: at most
/// <c>Blog:MaxConcurrentRenders</c> run at once and <c>Blog:RenderQueueLimit</c> wait, the rest get 503
/// with <c>Retry-After</c>. Cached pages never reach it, so however many uncached requests arrive, the
/// processors they can take are bounded and cached pages keep their speed. Health probes and static
/// files are exempt.
/// </summary>
internal static class RenderLimits
{
    public static IServiceCollection AddRenderLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers[HeaderNames.RetryAfter] = "1";
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                // The 404 and error pages are shown by running the pipeline again inside the request that
                // already holds a turn: taking a second one could wait on itself.
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
                    || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
                {
                    return RateLimitPartition.GetNoLimiter("again");
                }

                var settings = context.RequestServices.GetRequiredService<SiteSettings>();
                return RateLimitPartition.GetConcurrencyLimiter("renders", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = settings.MaxConcurrentRenders,
                    QueueLimit = settings.RenderQueueLimit,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
        });
        return services;
    }
}
