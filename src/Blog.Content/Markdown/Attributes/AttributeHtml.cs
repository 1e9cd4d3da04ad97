using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Content.Markdown.Attributes;

/// <summary>Puts pandoc attributes on a Markdig element the way pandoc's HTML5 writer writes them.</summary>
internal static class AttributeHtml
{
    public static void Apply(MarkdownObject target, PandocAttributes attributes, bool isImage = false)
    {
        if (attributes.IsEmpty)
        {
            return;
        }

        var html = target.GetAttributes();
        if (attributes.Id is not null)
        {
            html.Id = attributes.Id;
        }

        foreach (var name in attributes.Classes)
        {
            html.AddClass(name);
        }

        var styles = new List<string>();
        foreach (var (key, value) in attributes.Pairs)
        {
            if (isImage && key is "width" or "height")
            {
                continue;
            }

            if (isImage && key == "style")
            {
                styles.Add(value);
                continue;
            }

            html.AddProperty(Html5AttributeNames.Of(key), value);
        }

        if (!isImage)
        {
            return;
        }

        foreach (var direction in (ReadOnlySpan<string>)["width", "height"])
        {
            var given = attributes.Pairs.FirstOrDefault(p => p.Key == direction).Value;
            if (given is null)
            {
                continue;
            }

            var (attribute, style) = ImageDimensions.Of(direction, given);
            if (attribute is not null)
            {
                html.AddProperty(direction, attribute);
            }
            else if (style is not null)
            {
                styles.Add(style);
            }
        }

        // pandoc writes the author's style and its own for the size as two style attributes, of which a
        // browser keeps the first; one attribute with both is valid HTML and keeps the size.
        if (styles.Count > 0)
        {
            html.AddProperty("style", string.Join(';', styles));
        }
    }
}
