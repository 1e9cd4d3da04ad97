using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;

namespace Blog.Pages.Shared;

/// <summary>
/// schema.org JSON-LD for search engines. Serialized by System.Text.Json with its default encoder,
/// which writes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes as <c>\uXXXX</c>: a title containing
/// <c>&lt;/script&gt;</c> cannot close the script element it is written into.
/// </summary>
internal static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static HtmlString Write(JsonObject data) => new(data.ToJsonString(Options));

    public static JsonObject Person(string name, string? url)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = name };
        if (url is not null)
        {
            person["url"] = url;
        }

        return person;
    }
}
