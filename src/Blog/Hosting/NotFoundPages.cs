using Microsoft.AspNetCore.Diagnostics;

namespace Blog.Hosting;

/// <summary>
/// The not-found page for every 404 without a body, re-executed so the address the reader typed stays in
/// the bar. Only for 404: the framework re-executes for every 4xx and 5xx without a body, and would turn a
/// 416 for a range past a file's end (whose Content-Range tells the client the file's length), a 405 or a
/// 400 into a page that says the address does not exist.
/// </summary>
internal static class NotFoundPages
{
    public const string Path = "/not-found";

    public static IApplicationBuilder UseNotFoundPages(this IApplicationBuilder app)
    {
        app.UseStatusCodePagesWithReExecute(Path);

        // Inside the status-code middleware, so it answers before that middleware looks at the response.
        return app.Use(static async (context, next) =>
        {
            await next(context).ConfigureAwait(false);
            if (context.Response.StatusCode != StatusCodes.Status404NotFound && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
        });
    }
}
