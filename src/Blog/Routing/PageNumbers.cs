using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Blog.Routing;

/// <summary>
/// <c>?page=N</c> means something only on a list that is paged (its handler takes a <c>page</c>), and
/// only as a plain number from 2 to the list's last page (the pages check the end themselves). Anywhere
/// else it would be one more address for the same page, rendered and kept again for every N: a page that
/// is not paged redirects to itself without it, <c>page=1</c> to the list's first page, and anything
/// that is not a page number is not found.
/// </summary>
internal sealed class PageNumbers : IPageFilter
{
    public const string Name = "page";

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var request = context.HttpContext.Request;
        var features = context.HttpContext.Features;
        if (features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null
            || features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || !request.Query.TryGetValue(Name, out var values))
        {
            return;
        }

        var paged = context.HandlerMethod?.Parameters.Any(p => string.Equals(p.Name, Name, StringComparison.Ordinal)) == true;
        if (paged && values is not ["1"] && values.Count == 1 && Caching.PageKey.IsPageNumber("?page=" + values[0]))
        {
            return;
        }

        context.Result = !paged || values is ["1"]
            ? new RedirectResult(request.PathBase + request.Path + Without(request.Query), permanent: true)
            : new NotFoundResult();
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    private static QueryString Without(IQueryCollection query) =>
        QueryString.Create(query.Where(p => !string.Equals(p.Key, Name, StringComparison.OrdinalIgnoreCase)));
}
