using Blog.Content.Posts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Blog.Content.FrontMatter;

/// <summary>
/// Reads pandoc-style YAML front matter into <see cref="PostFrontMatter"/>. It walks YamlDotNet's
/// node tree rather than deserialising into a class, so every wrong value can be reported with its
/// key, its line and its column in the post file, and no YamlDotNet type leaves this class.
/// </summary>
internal static class FrontMatterReader
{
    public static PostFrontMatter Read(string? yaml, int firstLine)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return PostFrontMatter.Empty;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new PostFormatException(
                $"the front matter is not valid YAML: {Describe(ex)}",
                ToFileLine(ex.Start.Line, firstLine), (int)ex.Start.Column, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's representation model gives up on some malformed input (found by the property tests).
            throw new PostFormatException($"the front matter is not valid YAML: {ex.Message}", firstLine, 1, ex);
        }

        if (stream.Documents.Count == 0)
        {
            return PostFrontMatter.Empty;
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode map)
        {
            if (root is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" })
            {
                return PostFrontMatter.Empty;
            }

            throw new PostFormatException(
                $"the front matter must be a set of 'key: value' lines, but it is a {KindOf(root)}",
                ToFileLine(root.Start.Line, firstLine), (int)root.Start.Column);
        }

        return new FrontMatterFields(map, firstLine, [], string.Empty).ToFrontMatter();
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes its messages with the position, which we report separately.
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    internal static int ToFileLine(long yamlLine, int firstLine) => (int)yamlLine + firstLine - 1;

    internal static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "single value",
    };
}
