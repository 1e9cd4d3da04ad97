using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Blog.Content.Tests.Support;

internal static class Html
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Parses a rendered fragment as the body of a document, so tests query elements, not text.</summary>
    public static IDocument Parse(string fragment) => Parser.ParseDocument($"<!DOCTYPE html><html><body>{fragment}</body></html>");
}
