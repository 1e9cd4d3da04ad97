using System.Net;
using Blog.Testing;

namespace Blog.Tests.Support;

/// <summary>Requests with the headers a browser sends, and the answers a test needs from them.</summary>
internal static class Requests
{
    public static async Task<HttpResponseMessage> Send(
        this HttpClient client, string url, string? acceptLanguage = null, string? cookie = null, string? fetchSite = null, string? referrer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (referrer is not null)
        {
            request.Headers.Referrer = new Uri(BlogFactory.BaseUrl + referrer);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<string> RedirectTarget(
        this HttpClient client, string url, string? acceptLanguage = null, string? cookie = null)
    {
        using var response = await client.Send(url, acceptLanguage, cookie);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public static string? LanguageCookie(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).Where(c => c.StartsWith("lang=", StringComparison.Ordinal)).Select(c => c["lang=".Length..]).FirstOrDefault()
            : null;
}
