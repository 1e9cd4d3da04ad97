namespace Blog.Hosting;

/// <summary>
/// Headers that tell browsers what this site may do, on every response (pages, files, errors).
/// Scripts and styles come only from this site's own files: no inline script is allowed. Inline
/// <c>style</c> attributes are, because Markdown tables align their columns with them. Images may come
/// from any https address, as posts often show pictures hosted elsewhere.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; " +
        "img-src 'self' https: data:; media-src 'self' https:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>
    /// Set as the response starts, not as the request arrives: the exception handler clears headers
    /// before it writes the error page, and that page needs them too.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(
            static state =>
            {
                Apply(((HttpResponse)state).Headers);
                return Task.CompletedTask;
            },
            context.Response);
        return next(context);
    });

    /// <summary>Sets the headers now, for a response written whole in one place (a cached page).</summary>
    public static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = Csp;
        headers.XContentTypeOptions = NoSniff;
        headers.XFrameOptions = Deny;
        headers[ReferrerPolicyHeader] = ReferrerPolicy;
        headers[PermissionsPolicyHeader] = Permissions;
    }

    // Made once: a header value built per response would be a string allocated per response.
    private const string ReferrerPolicyHeader = "Referrer-Policy";
    private const string PermissionsPolicyHeader = "Permissions-Policy";
    private static readonly Microsoft.Extensions.Primitives.StringValues Csp = ContentSecurityPolicy;
    private static readonly Microsoft.Extensions.Primitives.StringValues NoSniff = "nosniff";
    private static readonly Microsoft.Extensions.Primitives.StringValues Deny = "DENY";
    private static readonly Microsoft.Extensions.Primitives.StringValues ReferrerPolicy = "strict-origin-when-cross-origin";
    private static readonly Microsoft.Extensions.Primitives.StringValues Permissions = PermissionsPolicy;
}
