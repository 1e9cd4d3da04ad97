using Blog.Testing;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Blog.Tests.Support;

/// <summary>Fetches pages the way a browser would and parses them, so tests look at elements and attributes.</summary>
internal static class HtmlClient
{
    private static readonly HtmlParser Parser = new();

    public static HttpClient Client(this BlogFactory factory, bool followRedirects = true) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, BaseAddress = new Uri(BlogFactory.BaseUrl) });

    public static async Task<(HttpStatusCode Status, IDocument Document)> GetPage(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, await Parser.ParseDocumentAsync(html, TestContext.Current.CancellationToken));
    }

    public static async Task<IDocument> ReadPage(this HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

    public static async Task<IDocument> GetOkPage(this HttpClient client, string url)
    {
        var (status, document) = await client.GetPage(url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}, expected 200");
        return document;
    }

    public static string? Meta(this IDocument document, string name) =>
        document.Head!.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

    public static string? Property(this IDocument document, string property) =>
        document.Head!.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
