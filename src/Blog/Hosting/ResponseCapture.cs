using Microsoft.AspNetCore.Http.Features;

namespace Blog.Hosting;

/// <summary>
/// Runs the rest of the pipeline with the response body written into memory instead of to the client,
/// for a middleware that must see the whole body before it goes out (to keep it, or to let go of a turn
/// before a slow client reads it). Headers and status are set on the real response as usual.
/// </summary>
internal static class ResponseCapture
{
    /// <returns>The body the rest of the pipeline wrote; the caller sends it (<see cref="Send"/>) and disposes it.</returns>
    public static async Task<MemoryStream> IntoMemory(HttpContext context, RequestDelegate next)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer, original);
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await next(context).ConfigureAwait(false);
            await capture.CompleteAsync().ConfigureAwait(false);
            return buffer;
        }
        catch
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            context.Features.Set(original);
        }
    }

    public static Task Send(HttpContext context, MemoryStream body)
    {
        if (body.Length == 0)
        {
            return Task.CompletedTask;
        }

        body.Position = 0;
        return body.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
