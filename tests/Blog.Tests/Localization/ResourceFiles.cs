using System.Xml.Linq;
using Blog.Testing;

namespace Blog.Tests.Localization;

/// <summary>The site's words as the resource files hold them, read as XML rather than through the app.</summary>
internal static class ResourceFiles
{
    public static string Folder { get; } = Path.Combine(SourceTree.Root, "src", "Blog", "Resources");

    /// <summary>Every <c>SharedResource*.resx</c>, the neutral (English) one first.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Directory.GetFiles(Folder, "SharedResource*.resx").Order(StringComparer.Ordinal)];

    /// <summary>The entries of one file, key to word.</summary>
    public static IReadOnlyDictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!, StringComparer.Ordinal);

    /// <summary>The words a page in <paramref name="language"/> shows: its own file's, else the neutral file's.</summary>
    public static IReadOnlyDictionary<string, string> For(string language)
    {
        var own = Path.Combine(Folder, $"SharedResource.{language}.resx");
        return Read(File.Exists(own) ? own : Path.Combine(Folder, "SharedResource.resx"));
    }
}
