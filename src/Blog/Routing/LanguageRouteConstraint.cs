using Blog.Content.Languages;

namespace Blog.Routing;

/// <summary>
/// Matches a URL segment shaped like a primary language subtag (<c>en</c>, <c>vi</c>), so
/// <c>/{lang}</c> never swallows other addresses. Whether the site has posts in it is the page's call.
/// </summary>
internal sealed class LanguageRouteConstraint : IRouteConstraint
{
    public const string Name = "lang";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && value is string text
        && LanguageRegistry.Normalize(text) is { } normalized
        && normalized == text
        && !normalized.Contains('-', StringComparison.Ordinal);
}
