using Markdig.Renderers.Html;
using Microsoft.Extensions.FileProviders;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Content.Markdown;

/// <summary>
/// Pictures in posts load when the reader scrolls to them (<c>loading="lazy"</c>), decoded off the main
/// thread, with their width and height so the page keeps its place while they arrive: the size the
/// author gives (<c>{width=640 height=360}</c>), else the one read from the site's own file.
/// </summary>
/// <remarks>
/// The site's files are the one thing content reads from the web app: its web root, as an
/// <see cref="IFileProvider"/> (the web app's own type for it, so no adapter stands between them).
/// </remarks>
internal static class LazyImages
{
    public static void Apply(MarkdownDocument document, IFileProvider? siteFiles)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            var attributes = image.GetAttributes();
            attributes.AddPropertyIfNotExist("loading", "lazy");
            attributes.AddPropertyIfNotExist("decoding", "async");
            var hasSize = attributes.Properties?.Any(p => p.Key is "width" or "height" || (p.Key == "style" && SetsSize(p.Value))) == true;
            if (!hasSize && siteFiles is not null && image.Url is { } url && SizeOf(url, siteFiles) is var (width, height))
            {
                attributes.AddProperty("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                attributes.AddProperty("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>A size in pixels is an attribute, any other (<c>{width=50%}</c>) a style declaration, as pandoc writes them.</summary>
    private static bool SetsSize(string? style) =>
        style?.Split(';').Any(declaration => declaration.Split(':', 2)[0].Trim() is "width" or "height") == true;

    /// <summary>Only pictures on this site (<c>/images/x.png</c>) can be measured.</summary>
    private static (int, int)? SizeOf(string url, IFileProvider siteFiles)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || url.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            // One listed as empty is not opened: a pipe or a device reads as empty, and opening it would hold the load.
            if (siteFiles.GetFileInfo(Uri.UnescapeDataString(url.Split('?', '#')[0])) is not { Exists: true, IsDirectory: false, Length: > 0 } file)
            {
                return null;
            }

            using var stream = file.CreateReadStream();
            return ImageSize.Of(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
