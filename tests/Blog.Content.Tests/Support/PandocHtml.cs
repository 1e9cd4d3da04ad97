using System.Text;
using AngleSharp.Dom;

namespace Blog.Content.Tests.Support;

/// <summary>
/// Compares the blog's HTML with pandoc's by structure: the same elements in the same order, the same
/// attributes and the same text (whitespace collapsed), so that line wrapping and attribute order do not
/// count. What the blog adds around pandoc's structure is set aside first: pandoc's own code-highlighting
/// markup and the blog's are both reduced to the code's text, and the attributes the blog adds to
/// pictures (loading, decoding, measured width and height) are not compared. pandoc 2.17's
/// <c>role="doc-endnote"</c> on each note is not compared either: DPUB-ARIA 1.1 deprecates it, and the
/// blog leaves it out (axe's aria-deprecated-role).
/// </summary>
internal static class PandocHtml
{
    private static readonly HashSet<string> BlogImageAttributes = new(StringComparer.Ordinal) { "loading", "decoding", "width", "height" };

    /// <summary>The first difference, described for a test failure; null when the two agree.</summary>
    public static string? Difference(string ours, string pandocs)
    {
        var a = Canonical(Html.Parse(ours).Body!);
        var b = Canonical(Html.Parse(pandocs).Body!);
        if (a == b)
        {
            return null;
        }

        var (lineA, lineB) = (a.Split('\n'), b.Split('\n'));
        var at = 0;
        while (at < lineA.Length && at < lineB.Length && lineA[at] == lineB[at])
        {
            at++;
        }

        return $"first difference at line {at + 1}:\n  blog:   {Line(lineA, at)}\n  pandoc: {Line(lineB, at)}\n--- blog ---\n{a}\n--- pandoc ---\n{b}";
    }

    /// <summary>One line per element and per text, indented by depth: easy to read in a failure, easy to compare.</summary>
    public static string Canonical(IElement root)
    {
        var text = new StringBuilder();
        foreach (var child in root.ChildNodes)
        {
            Write(child, 0, text, pandocImage: null);
        }

        return text.ToString().TrimEnd();
    }

    private static void Write(INode node, int depth, StringBuilder text, IElement? pandocImage)
    {
        switch (node)
        {
            case IText t:
                var collapsed = string.Join(' ', t.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (collapsed.Length > 0)
                {
                    text.Append(' ', depth * 2).Append('"').Append(collapsed).Append("\"\n");
                }

                break;
            case IElement { LocalName: "div" } div when div.ClassList.Contains("sourceCode"):
                // pandoc's wrapper around a highlighted block: only the block counts.
                foreach (var child in div.Children)
                {
                    Write(child, depth, text, pandocImage);
                }

                break;
            case IElement { LocalName: "pre" } pre:
                // Highlighting differs by design (pandoc's skylighting, the blog's own): the code's text must not.
                text.Append(' ', depth * 2).Append("<pre>\n").Append(' ', (depth + 1) * 2).Append('"').Append(pre.TextContent.TrimEnd('\n')).Append("\"\n");
                break;
            case IElement element:
                text.Append(' ', depth * 2).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    if ((element.LocalName == "img" && BlogImageAttributes.Contains(attribute.Name))
                        || (attribute.Name == "role" && attribute.Value == "doc-endnote"))
                    {
                        continue;
                    }

                    text.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
                }

                text.Append(">\n");
                foreach (var child in element.ChildNodes)
                {
                    Write(child, depth + 1, text, pandocImage);
                }

                break;
        }
    }

    private static string Line(string[] lines, int at) => at < lines.Length ? lines[at].Trim() : "(end)";
}
