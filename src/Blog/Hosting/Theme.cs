using Blog.Routing;

namespace Blog.Hosting;

/// <summary>
/// The reader's colour theme. Unset, the page follows the system's light or dark preference (CSS
/// alone). Chosen, it is remembered in a cookie and written into <c>&lt;html data-theme&gt;</c> by the
/// server, so the first paint already has it: no flash, and no inline script.
/// </summary>
internal static class Theme
{
    public const string CookieName = "theme";

    /// <summary>The switch that works without JavaScript; robots.txt keeps crawlers out of it.</summary>
    public const string SwitchPath = "/theme";

    /// <summary>The theme the reader chose, or null to follow the system.</summary>
    public static string? Of(HttpRequest request) =>
        request.Headers.Cookie.Count > 0 && request.Cookies.TryGetValue(CookieName, out var value) && value is "dark" or "light" ? value : null;

    /// <summary>
    /// <c>/theme?to=dark&amp;back=/en/posts/x</c>: the toggle without JavaScript. Remembers the choice and
    /// returns to the page (only a path on this site, never another address).
    /// </summary>
    public static IEndpointRouteBuilder MapThemeSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(SwitchPath, ReadOnlyMethods.Names, (HttpContext context, string? to, string? back) =>
        {
            if (to is "dark" or "light")
            {
                context.Response.Cookies.Append(CookieName, to, ReaderCookies.Remember(context.Request));
            }
            else
            {
                context.Response.Cookies.Delete(CookieName, ReaderCookies.Forget());
            }

            // Browsers drop tabs and newlines from addresses, so "/\t/evil.example" would become "//evil.example".
            var local = back is { Length: > 0 } && back[0] == '/' && !back.Any(char.IsControl) && !back.Any(char.IsWhiteSpace)
                && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal);
            return Results.Redirect(local ? HeaderSafeUrl.Encode(back!) : "/");
        });
        return endpoints;
    }
}
