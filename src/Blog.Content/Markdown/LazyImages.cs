using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown;

/// <summary>
/// Pictures in posts load when the reader scrolls to them (<c>loading="lazy"</c>), decoded off the main
/// thread. A size the author gives (<c>![x](a.png){width=640 height=360}</c>) reserves the space.
/// </summary>
internal static class LazyImages
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            var attributes = image.GetAttributes();
            attributes.AddPropertyIfNotExist("loading", "lazy");
            attributes.AddPropertyIfNotExist("decoding", "async");
        }
    }
}
