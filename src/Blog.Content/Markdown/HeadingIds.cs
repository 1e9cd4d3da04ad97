using Blog.Content.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Content.Markdown;

/// <summary>Gives every heading of a parsed segment its id, in reading order, from the file's registry.</summary>
internal static class HeadingIds
{
    public static string Assign(HeadingBlock heading, HeadingIdRegistry registry)
    {
        var attributes = heading.GetAttributes();
        attributes.Id = string.IsNullOrEmpty(attributes.Id)
            ? registry.Assign(InlineText.Of(heading))
            : registry.Reserve(attributes.Id);
        return attributes.Id;
    }
}
