using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Tests.Support;

/// <summary>
/// Makes pages throw on demand, inside the page pipeline, the way a bug would. The error page that the
/// failure is re-executed into renders as it would in production.
/// </summary>
internal sealed class FailingPages : IAsyncPageFilter
{
    public const string Message = "page exploded in a test";

    public bool Fail { get; set; }

    /// <summary>Adds this filter to every page of the host.</summary>
    public void AddTo(IServiceCollection services) => services.Configure<MvcOptions>(options => options.Filters.Add(this));

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (Fail && context.HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            throw new InvalidOperationException(Message);
        }

        return next();
    }
}
