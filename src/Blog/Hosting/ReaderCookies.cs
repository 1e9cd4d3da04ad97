namespace Blog.Hosting;

/// <summary>
/// The site's only cookies remember a reader's choice (language, theme): kept a year, sent on links from
/// other sites (<c>Lax</c>) so the first page already honours it, and readable by the page's script,
/// which sets the same cookies when the reader switches without a reload.
/// </summary>
internal static class ReaderCookies
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static CookieOptions Remember(HttpRequest request) => new()
    {
        Path = "/",
        MaxAge = Lifetime,
        SameSite = SameSiteMode.Lax,
        HttpOnly = false,
        Secure = request.IsHttps,
        IsEssential = true,
    };

    /// <summary>What deleting one needs: the same path it was set on.</summary>
    public static CookieOptions Forget() => new() { Path = "/" };
}
