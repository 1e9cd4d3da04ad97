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
    protected override void Process(MarkdownDocument document)
    {
        // An autolink with attributes of its own (<https://…>{.c}, even {}) has only those, as in pandoc.
        foreach (var link in document.Descendants<AutolinkInline>().Where(link => link.TryGetAttributes() is null))
        {
            link.GetAttributes().AddClass(link.IsEmail ? "email" : "uri");
        }
    }
}
