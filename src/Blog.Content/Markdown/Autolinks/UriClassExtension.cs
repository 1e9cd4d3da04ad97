using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown.Autolinks;

/// <summary>
/// pandoc marks an autolink (<c>&lt;https://…&gt;</c>) with <c>class="uri"</c>, and an e-mail autolink
/// with <c>class="email"</c>; the blog's autolinks carry the same class.
/// </summary>
internal sealed class UriClassExtension : DocumentPassExtension
{
    protected override PassOrder Order => PassOrder.UriClass;

    protected override void Process(ParsedDocument document)
    {
        foreach (var link in document.Autolinks)
        {
            // An autolink with attributes of its own (<https://…>{.c}, even {}) has only those, as in pandoc.
            if (link.TryGetAttributes() is null)
            {
                link.GetAttributes().AddClass(link.IsEmail ? "email" : "uri");
            }
        }
    }
}
